package app.stepwise.practice.ui;

import app.stepwise.content.Evidence;
import app.stepwise.content.SignOff;
import app.stepwise.practice.EvidenceInput;
import app.stepwise.practice.MyTask;
import app.stepwise.practice.PracticeService;
import app.stepwise.practice.PracticeSubmission;
import app.stepwise.practice.SubmissionStatus;
import app.stepwise.practice.TaskStatus;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

/**
 * One practice task on the learner's page: what to do, where they stand, the form for their evidence when
 * new evidence is accepted, and their earlier attempts. A refused submission keeps what they typed.
 */
class PracticeTaskCard extends Div {
    private static final String[] ACCEPTED_FILES = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".txt", ".csv",
        ".docx", ".xlsx", ".pptx"};

    private final transient PracticeService practice;
    private final String moduleId;
    private final String id;
    private final Runnable changed;
    private final Paragraph error = new Paragraph();
    private TextArea text;
    private TextField link;
    private Upload upload;
    private Span chosenFile;
    private String fileName;
    private byte[] fileBytes;

    PracticeTaskCard(PracticeService practice, String moduleId, MyTask mine, Runnable changed) {
        this.practice = practice;
        this.changed = changed;
        this.moduleId = moduleId;
        this.id = "task-" + mine.task().number();
        addClassNames("card", "practice-task");
        setId(id);
        error.addClassNames("callout", "callout-error");
        error.setId(id + "-error");
        show(mine);
    }

    private void show(MyTask mine) {
        removeAll();
        var task = mine.task();
        var number = new Span(String.valueOf(task.number()));
        number.addClassName("step-number");
        var status = EvidenceViews.badge(mine.status());
        status.setId(id + "-status");
        var head = new Div(number, new H3(task.title()), status);
        head.addClassName("practice-task-head");
        var meta = new Paragraph("Evidence: " + evidenceLabel(task.evidence()) + " · "
                + (task.signOff() == SignOff.TRAINER ? "a trainer signs it off" : "no sign-off needed"));
        meta.addClassName("practice-task-meta");
        add(head, meta);
        if (!task.descriptionHtml().isBlank()) {
            // Sanitised by the content module before it reaches us.
            add(new Html("<div class='practice-task-description'>" + task.descriptionHtml() + "</div>"));
        }
        mine.latest().flatMap(EvidenceViews::reviewNote).ifPresent(note -> {
            note.setId(id + "-review");
            add(note);
        });
        if (mine.status() == TaskStatus.IN_REVIEW) {
            add(callout("Your evidence is waiting for a trainer's review."));
        }
        if (mine.status().acceptsEvidence()) {
            add(form(task.evidence()));
            mine.latest().ifPresent(this::startFrom);
        }
        if (!mine.history().isEmpty()) {
            var history = new Details("Your submissions (" + mine.history().size() + ")",
                    EvidenceViews.attempts(mine.history(), id));
            history.setId(id + "-history");
            history.addClassName("practice-history");
            add(history);
        }
    }

    /** After a rejection the learner edits what they handed in rather than starting again. */
    private void startFrom(PracticeSubmission rejected) {
        if (text != null && rejected.text() != null) {
            text.setValue(rejected.text());
        }
        if (link != null && rejected.link() != null) {
            link.setValue(rejected.link());
        }
    }

    private Component form(Evidence evidence) {
        var submit = new Button(evidence == Evidence.FILE ? "Submit file" : "Submit", e -> submit(evidence));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId(id + "-submit");
        var form = new Div(field(evidence), submit);
        form.addClassName("practice-form");
        return form;
    }

    private Component field(Evidence evidence) {
        return switch (evidence) {
            case TEXT -> {
                text = new TextArea("Your evidence");
                text.setId(id + "-text");
                text.setMaxLength(20_000);
                text.setHelperText("Describe what you did; up to 20,000 characters.");
                text.setWidthFull();
                yield text;
            }
            case LINK -> {
                link = new TextField("Link to your evidence");
                link.setId(id + "-link");
                link.setPlaceholder("https://");
                link.setMaxLength(2_000);
                link.setWidthFull();
                yield link;
            }
            case FILE -> fileField();
        };
    }

    private Component fileField() {
        long max = practice.maxFileBytes();
        upload = new Upload(new EvidenceUploadHandler(max, (name, bytes) -> {
            fileName = name;
            fileBytes = bytes;
            chosenFile.setText("Ready to submit: " + name);
            error.removeFromParent();
        }));
        upload.setId(id + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max)); // a convenience; the server checks again
        upload.setAcceptedFileTypes(ACCEPTED_FILES);
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> {
            fileName = null;
            fileBytes = null;
            chosenFile.setText("");
        });
        chosenFile = new Span();
        chosenFile.setId(id + "-file-chosen");
        chosenFile.addClassName("practice-file-chosen");
        var help = new Span("PDF, image (PNG, JPEG, GIF, WebP), text, CSV, Word, Excel or PowerPoint; up to "
                + EvidenceViews.size(max) + ".");
        help.addClassName("practice-file-help");
        var field = new Div(upload, help, chosenFile);
        field.addClassName("practice-file");
        return field;
    }

    private void submit(Evidence evidence) {
        clearErrors();
        EvidenceInput input = switch (evidence) {
            case TEXT -> EvidenceInput.text(text.getValue());
            case LINK -> EvidenceInput.link(link.getValue());
            case FILE -> fileBytes == null ? null : EvidenceInput.file(fileName, fileBytes);
        };
        if (input == null) {
            showError("Choose a file first.");
            return;
        }
        try {
            var submitted = practice.submit(moduleId, number(), input);
            fileBytes = null;
            Notification.show("Handed in: task " + number() + (submitted.status() == SubmissionStatus.APPROVED
                            ? " is done." : " is waiting for a trainer's review."), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidInputException problem) {
            showProblem(problem);
        }
    }

    private void showProblem(InvalidInputException problem) {
        String message = problem.getMessage();
        if (text != null && problem.fieldErrors().containsKey("text")) {
            text.setErrorMessage(problem.fieldErrors().get("text"));
            text.setInvalid(true);
        } else if (link != null && problem.fieldErrors().containsKey("link")) {
            link.setErrorMessage(problem.fieldErrors().get("link"));
            link.setInvalid(true);
        } else {
            showError(message);
        }
    }

    private void clearErrors() {
        error.removeFromParent();
        if (text != null) {
            text.setInvalid(false);
        }
        if (link != null) {
            link.setInvalid(false);
        }
    }

    private void showError(String message) {
        error.setText(message);
        var form = getChildren().filter(c -> c.hasClassName("practice-form")).findFirst();
        form.ifPresentOrElse(f -> ((Div) f).addComponentAsFirst(error), () -> add(error));
    }

    /** After a submission the whole task is shown afresh: its status, the form only if still allowed. */
    private void refresh() {
        int number = number();
        practice.myTasks(moduleId).tasks().stream().filter(t -> t.task().number() == number).findFirst()
                .ifPresent(this::show);
        changed.run();
    }

    private int number() {
        return Integer.parseInt(id.substring("task-".length()));
    }

    private static Paragraph callout(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("callout");
        return paragraph;
    }

    static String evidenceLabel(Evidence evidence) {
        return switch (evidence) {
            case TEXT -> "written answer";
            case LINK -> "link";
            case FILE -> "file";
        };
    }
}
