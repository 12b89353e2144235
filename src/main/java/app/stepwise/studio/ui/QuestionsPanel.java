package app.stepwise.studio.ui;

import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import app.stepwise.content.Step;
import app.stepwise.studio.DraftCheck;
import app.stepwise.studio.ModuleInsights;
import app.stepwise.studio.QuestionForm;
import app.stepwise.studio.QuizEdits;
import app.stepwise.studio.QuizQuestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The quiz as a list of questions with a form per question type, for trainers who prefer forms to Markdown. The
 * Markdown stays the one source: the list is re-read from every checked text, and a saved form is written into the
 * text (then saved and checked like typing). While the text has errors the list shows the last good text.
 */
class QuestionsPanel extends Div {
    static final String BLOCKED = "The Markdown has errors: fix them (see the list under the source) to save the form.";
    private final SerializableBiConsumer<QuizQuestion, QuestionForm> save;
    private final SerializableConsumer<QuizQuestion> delete;
    private final IntConsumer showLine;
    private final IntConsumer counted;
    private final Div notice = new Div();
    private final Div formSlot = new Div();
    private final Div list = new Div();
    private List<QuizQuestion> questions = List.of();
    private List<Step> steps = List.of();
    private transient ModuleInsights insights = ModuleInsights.none();
    private boolean stale;
    private QuestionFormPanel form;

    QuestionsPanel(SerializableBiConsumer<QuizQuestion, QuestionForm> save, SerializableConsumer<QuizQuestion> delete,
                   IntConsumer showLine, IntConsumer counted) {
        this.save = save;
        this.delete = delete;
        this.showLine = showLine;
        this.counted = counted;
        setId("studio-questions");
        addClassName("studio-questions");
        notice.setId("questions-stale");
        notice.addClassNames("callout", "callout-error");
        notice.setText("The Markdown has errors: this list shows the last text without errors, and forms cannot be "
                + "saved until the errors are fixed.");
        notice.setVisible(false);
        list.setId("question-list");
        list.addClassName("studio-qb-list");
        var intro = new Paragraph("Write questions with a form instead of Markdown: saving writes the Markdown into the "
                + "source, and edits in the source show here.");
        intro.addClassName("subtitle");
        add(intro, notice, addBar(), formSlot, list);
    }

    private Div addBar() {
        var bar = new Div(new Span("Add question:"));
        bar.addClassName("studio-insert-bar");
        for (QuestionType type : List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE,
                QuestionType.TRUE_FALSE, QuestionType.ORDERING, QuestionType.SHORT_ANSWER)) {
            var button = new Button(QuestionFormPanel.label(type), e -> openForm(type, null));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setId("add-question-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            bar.add(button);
        }
        return bar;
    }

    /** After every check: the questions of the text (or, with errors, of the last good text), and the open form follows. */
    void show(DraftCheck check, ModuleInsights insights) {
        this.insights = insights;
        stale = check.hasErrors();
        if (!stale && check.doc().isPresent()) {
            ProcessDoc doc = check.doc().get();
            questions = QuizEdits.questions(doc);
            steps = doc.steps();
            if (form != null) {
                form.questionsChanged(questions, steps);
            }
        }
        notice.setVisible(stale);
        if (form != null) {
            form.block(stale ? BLOCKED : null);
        }
        renderList();
        counted.accept(questions.size());
    }

    /** Opens the quiz's last question in the form, as after a suggestion was added for editing. */
    void editLast() {
        if (!questions.isEmpty()) {
            var last = questions.getLast();
            openForm(last.question().type(), last);
        }
    }

    /** The form was written into the Markdown: close it (the list shows the result after the check). */
    void saved() {
        closeForm();
    }

    void refused(QuizEdits.Refused refusal) {
        if (form != null) {
            form.refused(refusal);
        }
    }

    private void openForm(QuestionType type, QuizQuestion question) {
        closeForm();
        form = new QuestionFormPanel(type, question, questions.size(), steps, save, this::closeForm);
        form.block(stale ? BLOCKED : null);
        formSlot.add(form);
        form.scrollIntoView();
        renderList();
    }

    private void closeForm() {
        formSlot.removeAll();
        form = null;
        renderList();
    }

    private void renderList() {
        list.removeAll();
        if (questions.isEmpty()) {
            list.add(new Paragraph("No questions yet. Add one with the buttons above, or write it in the Markdown."));
        }
        for (QuizQuestion question : questions) {
            list.add(item(question));
        }
    }

    private Div item(QuizQuestion entry) {
        Question question = entry.question();
        int number = entry.number();
        var prompt = new NativeButton(number + ". " + question.prompt(), e -> showLine.accept(entry.firstLine()));
        prompt.addClassNames("studio-jump", "studio-qb-prompt");
        prompt.setId("question-" + number + "-prompt");
        prompt.getElement().setAttribute("title", "Show line " + entry.firstLine() + " in the source");
        var type = new Span(QuestionFormPanel.label(question.type()));
        type.getElement().getThemeList().add("badge contrast");
        var step = new Span(question.stepAnchor().flatMap(anchor -> steps.stream().filter(s -> s.anchor().equals(anchor))
                .findFirst()).map(s -> "tests step " + s.number()).orElse("tests no step"));
        step.addClassName("studio-question-meta");
        var meta = new Div(type, step);
        meta.addClassName("studio-qb-meta");
        var rate = insights.questionRates().get(Question.normaliseAnswer(question.prompt()));
        if (rate != null && rate.low()) {
            var badge = new Span(Math.round(rate.correctPercent()) + "% right (" + rate.responses() + " answers)");
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("studio-low-rate");
            meta.add(badge);
        }
        var edit = new Button("Edit", e -> openForm(question.type(), entry));
        edit.setId("question-" + number + "-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var remove = new Button("Delete", e -> confirmDelete(entry));
        remove.setId("question-" + number + "-delete");
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setEnabled(!stale);
        var actions = new Div(edit, remove);
        actions.addClassName("studio-qb-actions");
        var item = new Div(prompt, meta, actions);
        item.setId("question-" + number);
        item.addClassName("studio-qb-item");
        boolean editing = form != null && form.opened().map(o -> o.number() == number).orElse(false);
        item.getElement().getClassList().set("editing", editing);
        return item;
    }

    private void confirmDelete(QuizQuestion entry) {
        var dialog = new ConfirmDialog("Delete question " + entry.number() + "?", "\u201c" + entry.question().prompt()
                + "\u201d and its answers are taken out of the Markdown.", "Delete", e -> delete.accept(entry));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setId("question-delete-confirm");
        dialog.open();
    }
}
