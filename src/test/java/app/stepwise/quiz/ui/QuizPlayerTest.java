package app.stepwise.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.QuestionType;
import app.stepwise.quiz.Answer;
import app.stepwise.quiz.QuizSheet;
import app.stepwise.quiz.RecordingQuizService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuizPlayerTest {
    private final RecordingQuizService quizzes = new RecordingQuizService();

    @Test
    void an_ordering_question_counts_as_answered_in_the_order_shown_once_it_was_shown() {
        var sheet = sheet(item("order", 1, QuestionType.ORDERING, Answer.NONE),
                item("pick", 2, QuestionType.SINGLE_CHOICE, Answer.NONE));

        var player = new QuizPlayer(quizzes, sheet, result -> { });

        assertThat(quizzes.savedKeys).as("showing it saves the order shown").containsExactly("order");
        assertThat(quizzes.saved).containsExactly(Answer.choice(List.of(0, 1, 2)));
        showReview(player);
        assertThat(reviewLine(player, "review-1").getClassNames()).contains("answered");
        assertThat(reviewLine(player, "review-2").getClassNames()).contains("unanswered");
        assertThat(text(player)).contains("1 question is not answered yet.");
    }

    @Test
    void an_ordering_question_already_answered_is_not_saved_again_and_the_review_wraps_plain_buttons() {
        var sheet = sheet(item("order", 1, QuestionType.ORDERING, Answer.choice(List.of(2, 0, 1))),
                item("pick", 2, QuestionType.SINGLE_CHOICE, Answer.choice(List.of(1))));

        var player = new QuizPlayer(quizzes, sheet, result -> { });

        assertThat(quizzes.saved).isEmpty();
        assertThat(reviewLine(player, "review-1").getClassNames()).contains("quiz-review-line", "answered");
        assertThat(text(player)).contains("You answered every question.");
    }

    @Test
    void an_ordering_question_never_opened_still_counts_as_answered_in_the_order_shown() {
        var sheet = sheet(item("pick", 1, QuestionType.SINGLE_CHOICE, Answer.NONE),
                item("order", 2, QuestionType.ORDERING, Answer.NONE));

        var player = new QuizPlayer(quizzes, sheet, result -> { }); // opens on question 1; question 2 is never shown
        showReview(player);

        assertThat(quizzes.savedKeys).isEmpty();
        assertThat(reviewLine(player, "review-2").getClassNames()).contains("answered");
        assertThat(reviewLine(player, "review-1").getClassNames()).contains("unanswered");
        assertThat(text(player)).contains("1 question is not answered yet.");
    }

    private static void showReview(QuizPlayer player) {
        descendants(player).filter(c -> c instanceof com.vaadin.flow.component.button.Button b
                        && "Review answers".equals(b.getAriaLabel().orElse(null)))
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst().orElseThrow().click();
    }

    private static NativeButton reviewLine(QuizPlayer player, String id) {
        return descendants(player).filter(c -> c instanceof NativeButton && c.getId().orElse("").equals(id))
                .map(NativeButton.class::cast).findFirst().orElseThrow();
    }

    private static String text(QuizPlayer player) {
        return String.join("\n", descendants(player).filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()).toList());
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(QuizPlayerTest::descendants));
    }

    private static QuizSheet sheet(QuizSheet.Item... items) {
        return new QuizSheet(7, 1, "m", "Module", 1, 80, List.of(items));
    }

    private static QuizSheet.Item item(String key, int number, QuestionType type, Answer answer) {
        return new QuizSheet.Item(key, number, type, "Question " + number, "", List.of("<p>a</p>", "<p>b</p>", "<p>c</p>"), answer);
    }
}
