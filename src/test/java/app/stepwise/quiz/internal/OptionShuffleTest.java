package app.stepwise.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ModuleQuiz;
import app.stepwise.content.QuestionType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class OptionShuffleTest {
    @RepeatedTest(20)
    void an_ordering_question_never_starts_in_the_correct_order_and_true_false_keeps_its_order() {
        var ordering = ScoringTest.question(QuestionType.ORDERING, true, true);
        var trueFalse = new app.stepwise.content.Question("tf", 2, QuestionType.TRUE_FALSE, "P", "",
                ScoringTest.question(QuestionType.TRUE_FALSE, false, true).options(), List.of(), List.of(), "",
                Optional.empty(), 1);
        var quiz = new ModuleQuiz("m", "M", 1, 80, OptionalInt.empty(), Optional.empty(), List.of(ordering, trueFalse), List.of());
        var orders = new OptionShuffle().ordersFor(quiz);
        assertThat(orders.get("q")).containsExactly(1, 0);
        assertThat(orders.get("tf")).containsExactly(0, 1);
    }

    @Test
    void choices_are_shuffled_per_attempt_and_translated_both_ways() {
        var question = ScoringTest.question(QuestionType.SINGLE_CHOICE, true, false, false, false, false, false);
        var quiz = new ModuleQuiz("m", "M", 1, 80, OptionalInt.empty(), Optional.empty(), List.of(question), List.of());
        var shuffle = new OptionShuffle(new Random(42));
        var seen = new java.util.HashSet<List<Integer>>();
        for (int i = 0; i < 10; i++) {
            seen.add(shuffle.ordersFor(quiz).get("q"));
        }
        assertThat(seen).as("different orders across attempts").hasSizeGreaterThan(1);

        var shown = List.of(3, 0, 2, 1);
        assertThat(OptionShuffle.toWritten(shown, List.of(1, 3))).containsExactly(0, 1);
        assertThat(OptionShuffle.toShown(shown, List.of(0, 1))).containsExactly(1, 3);
        assertThat(OptionShuffle.toWritten(shown, List.of(9, -1))).as("positions that were never shown").isEmpty();
    }
}
