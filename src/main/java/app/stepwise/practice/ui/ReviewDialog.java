package app.stepwise.practice.ui;

import app.stepwise.practice.PracticeService;
import app.stepwise.practice.PracticeSubmission;
import app.stepwise.quiz.QuizService;
import app.stepwise.practice.SubmissionDetail;
import app.stepwise.practice.SubmissionStatus;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;

/**
 * One submission under review: the task, the evidence, the learner's earlier attempts with their comments,
 * their quiz result, and approve or reject with a comment. A submission reviewed meanwhile, or the
 * reviewer's own, shows why it cannot be reviewed here instead of the buttons.
 */
class ReviewDialog extends Dialog {
    private final transient PracticeService practice;
    private final long submissionId;
    private final Runnable reviewed;
    private final TextArea comment = new TextArea("Comment for the learner");
    private final Paragraph problem = new Paragraph();

    ReviewDialog(PracticeService practice, QuizService quizzes, long submissionId, Runnable reviewed) {
        this.practice = practice;
        this.submissionId = submissionId;
        this.reviewed = reviewed;
        setId("review-dialog");
        addClassName("review-dialog");
        setWidth("min(760px, 100vw)");
        var detail = practice.submission(submissionId);
        var submission = detail.submission();
        setHeaderTitle("Review: " + submission.learnerName());
        problem.addClassNames("callout", "callout-error");
        problem.setId("review-problem");
        add(taskSection(detail), evidenceSection(detail), quizSection(quizzes, submission), historySection(detail));
        var close = new Button("Close", e -> close());
        close.setId("review-close");
        getFooter().add(close);
        String refusal = refusal(detail);
        if (refusal != null) {
            var note = new Paragraph(refusal);
            note.addClassName("callout");
            note.setId("review-not-possible");
            add(note);
            return;
        }
        comment.setId("review-comment");
        comment.setMaxLength(2_000);
        comment.setHelperText("Required when you reject: say what to change.");
        comment.setWidthFull();
        add(comment);
        var reject = new Button("Reject", e -> decide(false));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("review-reject");
        var approve = new Button("Approve", e -> decide(true));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("review-approve");
        getFooter().add(reject, approve);
    }

    private static Component taskSection(SubmissionDetail detail) {
        var task = detail.task();
        var section = section("Task " + task.number() + ": " + task.title());
        var where = new Paragraph(detail.moduleTitle() + " · version " + detail.submission().moduleVersion()
                + " · evidence: " + PracticeTaskCard.evidenceLabel(task.evidence()));
        where.addClassName("subtitle");
        section.add(where);
        if (!task.descriptionHtml().isBlank()) {
            // Sanitised by the content module before it reaches us.
            section.add(new Html("<div class='practice-task-description'>" + task.descriptionHtml() + "</div>"));
        }
        section.setId("review-task");
        return section;
    }

    private static Component evidenceSection(SubmissionDetail detail) {
        var submission = detail.submission();
        var section = section("Evidence (attempt " + submission.attemptNo() + ", "
                + EvidenceViews.WHEN.format(submission.submittedAt()) + ")");
        section.add(EvidenceViews.evidence(submission, "review-evidence"));
        EvidenceViews.reviewNote(submission).ifPresent(section::add);
        section.setId("review-evidence");
        return section;
    }

    /** The learner's latest quiz result in this module, so the trainer judges the practice with it in view. */
    private static Component quizSection(QuizService quizzes, PracticeSubmission submission) {
        var section = section("Quiz");
        section.setId("review-quiz-result");
        quizzes.latestResult(submission.learner(), submission.moduleId()).ifPresentOrElse(result -> {
            var verdict = new Span(result.passed() ? "Passed" : "Not passed yet");
            verdict.getElement().getThemeList().add("badge " + (result.passed() ? "success" : "error"));
            var line = new Paragraph(new Span((int) Math.floor(result.scorePercent() + 1e-9) + "% "), verdict,
                    new Span(" · attempt " + result.attemptNo() + " · pass mark " + result.passMark() + "% · "
                            + result.outcomeSummary() + " "));
            var open = new Anchor("quiz-result/" + result.attemptId(), "Open the result");
            open.setTarget("_blank");
            section.add(line, open);
        }, () -> section.add(new Paragraph("No quiz submitted yet in this module.")));
        return section;
    }

    private static Component historySection(SubmissionDetail detail) {
        var earlier = detail.earlierAttempts();
        var section = section("Earlier attempts" + (earlier.isEmpty() ? "" : " (" + earlier.size() + ")"));
        if (earlier.isEmpty()) {
            var none = new Paragraph("None: this is the first attempt.");
            none.addClassName("subtitle");
            section.add(none);
        } else {
            section.add(EvidenceViews.attempts(earlier, "review-history"));
        }
        section.setId("review-history");
        return section;
    }

    private static String refusal(SubmissionDetail detail) {
        var submission = detail.submission();
        if (submission.status() != SubmissionStatus.SUBMITTED) {
            return "This submission was already reviewed.";
        }
        boolean own = CurrentPerson.find().map(me -> me.personId().equals(submission.learner())).orElse(false);
        return own ? "This is your own submission: another trainer signs it off." : null;
    }

    private void decide(boolean approve) {
        problem.removeFromParent();
        comment.setInvalid(false);
        try {
            String text = comment.getValue();
            var done = approve ? practice.approve(submissionId, text) : practice.reject(submissionId, text);
            Notification.show(done.status().label() + ": " + done.learnerName() + ", task " + done.taskNumber() + ".", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            reviewed.run();
        } catch (InvalidInputException refused) {
            if (refused.fieldErrors().containsKey("comment")) {
                comment.setErrorMessage(refused.fieldErrors().get("comment"));
                comment.setInvalid(true);
                // the field may sit below the dialog's visible part: bring the message into view
                comment.scrollIntoView();
                comment.focus();
            } else {
                showProblem(refused.getMessage());
            }
        } catch (AccessDeniedException refused) {
            showProblem(refused.getMessage());
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        addComponentAsFirst(problem);
    }

    private static Div section(String heading) {
        var section = new Div(new H4(heading));
        section.addClassName("review-section");
        return section;
    }
}
