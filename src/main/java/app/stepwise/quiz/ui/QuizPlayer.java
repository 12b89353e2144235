package app.stepwise.quiz.ui;

import app.stepwise.content.QuestionType;
import app.stepwise.quiz.Answer;
import app.stepwise.quiz.QuizResult;
import app.stepwise.quiz.QuizService;
import app.stepwise.quiz.QuizSheet;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One question per screen (it reads best on a phone), with a progress bar, numbered shortcuts, and a
 * review screen before submitting. Every change is saved on the server at once.
 */
final class QuizPlayer extends Div {
    private final transient QuizService quizzes;
    private final QuizSheet sheet;
    private final transient Consumer<QuizResult> onSubmitted;
    private final Map<String, Answer> answers = new HashMap<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span position = new Span();
    private final Span saved = new Span();
    private final Div shortcuts = new Div();
    private final java.util.List<Button> shortcutButtons = new java.util.ArrayList<>();
    private final Div screen = new Div();
    private int current;
    private int saves;

    QuizPlayer(QuizService quizzes, QuizSheet sheet, Consumer<QuizResult> onSubmitted) {
        this.quizzes = quizzes;
        this.sheet = sheet;
        this.onSubmitted = onSubmitted;
        sheet.questions().forEach(q -> answers.put(q.key(), q.answer()));
        addClassName("quiz-player");
        setId("quiz-player");
        position.setId("quiz-position");
        saved.setId("quiz-saved");
        saved.addClassName("quiz-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        shortcuts.addClassName("quiz-shortcuts");
        screen.addClassName("quiz-screen");
        var title = new Paragraph(sheet.moduleTitle() + " · attempt " + sheet.attemptNo() + " · pass mark " + sheet.passMark() + "%");
        title.addClassName("quiz-context");
        var status = new Div(position, saved);
        status.addClassName("quiz-status");
        add(title, status, progress, shortcuts, screen);
        createShortcuts();
        show(firstUnanswered());
    }

    private int firstUnanswered() {
        for (int i = 0; i < sheet.questions().size(); i++) {
            if (answers.get(sheet.questions().get(i).key()).isEmpty()) {
                return i;
            }
        }
        return sheet.questions().size(); // all answered: the review screen
    }

    private void show(int index) {
        current = index;
        refreshProgress();
        screen.removeAll();
        if (index >= sheet.questions().size()) {
            showReview();
            return;
        }
        var item = sheet.questions().get(index);
        position.setText("Question " + (index + 1) + " of " + sheet.questions().size());
        var prompt = new H3(item.prompt());
        prompt.setId("question-prompt");
        var card = new Div(prompt);
        card.addClassNames("card", "quiz-question");
        card.setId("question-" + item.number());
        if (!item.bodyHtml().isBlank()) {
            card.add(new Html("<div class='quiz-body'>" + item.bodyHtml() + "</div>"));
        }
        if (item.type() == QuestionType.ORDERING && answers.get(item.key()).isEmpty()) {
            save(item, item.shownOrder()); // the hint promises the order shown counts: record it like any answer
        }
        var current = new QuizSheet.Item(item.key(), item.number(), item.type(), item.prompt(), item.bodyHtml(),
                item.optionsHtml(), answers.get(item.key()));
        card.add(AnswerInput.of(current, answer -> save(item, answer)));
        if (item.type() == QuestionType.ORDERING) {
            card.add(new Paragraph("Use the arrows to put the items in order; the order you leave counts as your answer."));
        }
        screen.add(card, navigation(index));
    }

    private Div navigation(int index) {
        var back = new Button("Back", e -> show(index - 1));
        back.setId("quiz-back");
        back.setEnabled(index > 0);
        boolean last = index == sheet.questions().size() - 1;
        var next = new Button(last ? "Review answers" : "Next", e -> show(index + 1));
        next.setId("quiz-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var navigation = new Div(back, next);
        navigation.addClassName("quiz-navigation");
        return navigation;
    }

    /** An ordering question always has an answer: the order shown, which the server scores if it was never moved. */
    private boolean answered(QuizSheet.Item item) {
        return item.type() == QuestionType.ORDERING || !answers.get(item.key()).isEmpty();
    }

    private void showReview() {
        position.setText("Review your answers");
        var list = new Div();
        list.addClassNames("card", "quiz-review");
        list.setId("quiz-review");
        long unanswered = sheet.questions().stream().filter(q -> !answered(q)).count();
        list.add(new Paragraph(unanswered == 0 ? "You answered every question."
                : unanswered + (unanswered == 1 ? " question is" : " questions are") + " not answered yet."));
        for (int i = 0; i < sheet.questions().size(); i++) {
            var item = sheet.questions().get(i);
            int index = i;
            boolean answered = answered(item);
            // a native button wraps long prompts like text; a Vaadin button keeps its label on one line
            var line = new NativeButton(item.number() + ". " + item.prompt(), e -> show(index));
            line.addClassNames("quiz-review-line", answered ? "answered" : "unanswered");
            line.setId("review-" + item.number());
            if (!answered) {
                var status = new Span("not answered");
                status.addClassName("quiz-review-status");
                line.add(status);
            }
            list.add(line);
        }
        var submit = new Button("Submit answers", e -> confirmSubmit(unanswered));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setId("quiz-submit");
        submit.setDisableOnClick(true);
        var back = new Button("Back", e -> show(sheet.questions().size() - 1));
        var navigation = new Div(back, submit);
        navigation.addClassName("quiz-navigation");
        screen.add(list, navigation);
    }

    private void confirmSubmit(long unanswered) {
        if (unanswered == 0) {
            submit();
            return;
        }
        var dialog = new ConfirmDialog("Submit with unanswered questions?",
                unanswered + " unanswered " + (unanswered == 1 ? "question counts" : "questions count") + " as wrong.",
                "Submit anyway", e -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep answering");
        dialog.addCancelListener(e -> show(sheet.questions().size()));
        dialog.setId("quiz-confirm");
        dialog.open();
    }

    private void submit() {
        onSubmitted.accept(quizzes.submit(sheet.attemptId()));
    }

    private void save(QuizSheet.Item item, Answer answer) {
        quizzes.saveAnswer(sheet.attemptId(), item.key(), answer);
        answers.put(item.key(), answer);
        saved.setText("Saved");
        saves++;
        saved.getElement().setAttribute("data-saves", String.valueOf(saves)); // lets tests wait for each save
        refreshProgress();
    }

    /** Numbered shortcuts to every question and the review, created once so a click never hits a replaced button. */
    private void createShortcuts() {
        for (int i = 0; i <= sheet.questions().size(); i++) {
            int index = i;
            boolean review = i == sheet.questions().size();
            var button = new Button(review ? "Review" : String.valueOf(i + 1), e -> show(index));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(review ? "Review answers" : "Question " + (i + 1));
            shortcutButtons.add(button);
            shortcuts.add(button);
        }
    }

    /** Progress bar and shortcuts: the current one primary, answered ones filled, the rest plain. */
    private void refreshProgress() {
        long answered = sheet.questions().stream().filter(q -> !answers.get(q.key()).isEmpty()).count();
        progress.setValue(sheet.questions().isEmpty() ? 1 : (double) answered / sheet.questions().size());
        progress.getElement().setAttribute("aria-label", answered + " of " + sheet.questions().size() + " answered");
        for (int i = 0; i < shortcutButtons.size(); i++) {
            var button = shortcutButtons.get(i);
            boolean isAnswered = i < sheet.questions().size() && !answers.get(sheet.questions().get(i).key()).isEmpty();
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
            if (i == current) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (!isAnswered) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            button.setClassName("answered", isAnswered);
        }
    }
}
