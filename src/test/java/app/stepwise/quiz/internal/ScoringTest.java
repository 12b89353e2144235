package app.stepwise.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoringTest {
    static Question question(QuestionType type, boolean... correct) {
        var options = new java.util.ArrayList<AnswerOption>();
        for (int i = 0; i < correct.length; i++) {
            options.add(new AnswerOption("option " + i, "option " + i, correct[i]));
        }
        return new Question("q", 1, type, "Prompt", "", options, List.of(), List.of(), "", Optional.empty(), 1);
    }

    static Question shortAnswer(String... accepted) {
        var normalised = Stream.of(accepted).map(Question::normaliseAnswer).toList();
        return new Question("q", 1, QuestionType.SHORT_ANSWER, "Prompt", "", List.of(), List.of(accepted), normalised,
                "", Optional.empty(), 1);
    }

    static GivenAnswer chose(Integer... options) {
        return new GivenAnswer(List.of(options), "");
    }

    @Test
    void a_single_choice_earns_full_credit_only_for_the_correct_option() {
        var question = question(QuestionType.SINGLE_CHOICE, false, true, false);
        assertThat(Scoring.credit(question, chose(1))).isEqualTo(1);
        assertThat(Scoring.credit(question, chose(0))).isZero();
        assertThat(Scoring.credit(question, GivenAnswer.NONE)).isZero();
        assertThat(Scoring.credit(question, chose(1, 0))).as("two picks on a single choice").isZero();
        assertThat(Scoring.credit(question, chose(7))).as("an option that does not exist").isZero();
    }

    @Test
    void true_false_is_scored_like_a_single_choice() {
        var question = question(QuestionType.TRUE_FALSE, false, true);
        assertThat(Scoring.credit(question, chose(1))).isEqualTo(1);
        assertThat(Scoring.credit(question, chose(0))).isZero();
    }

    static Stream<Arguments> multipleChoiceAnswers() {
        // three correct options (0, 1, 2) and one wrong (3)
        return Stream.of(
                Arguments.of(List.of(0, 1, 2), 1.0, "all correct, nothing wrong"),
                Arguments.of(List.of(0, 1), 2 / 3.0, "two of three correct"),
                Arguments.of(List.of(0), 1 / 3.0, "one of three correct"),
                Arguments.of(List.of(0, 1, 2, 3), 2 / 3.0, "everything ticked: the wrong one cancels a right one"),
                Arguments.of(List.of(0, 3), 0.0, "one right, one wrong"),
                Arguments.of(List.of(3), 0.0, "only the wrong one, never below zero"),
                Arguments.of(List.of(), 0.0, "nothing ticked"),
                Arguments.of(List.of(0, 0, 0), 1 / 3.0, "a repeated option counts once"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("multipleChoiceAnswers")
    void a_multiple_choice_earns_right_minus_wrong_over_the_correct_options(List<Integer> chosen, double credit, String why) {
        var question = question(QuestionType.MULTIPLE_CHOICE, true, true, true, false);
        assertThat(Scoring.credit(question, new GivenAnswer(chosen, ""))).isCloseTo(credit, within(1e-9));
    }

    @Test
    void only_a_fully_right_multiple_choice_counts_as_correct() {
        var question = question(QuestionType.MULTIPLE_CHOICE, true, true, false);
        assertThat(Scoring.isCorrect(Scoring.credit(question, chose(0, 1)))).isTrue();
        assertThat(Scoring.isCorrect(Scoring.credit(question, chose(0)))).isFalse();
    }

    @Test
    void an_ordering_earns_the_share_of_neighbours_kept_in_order() {
        var question = question(QuestionType.ORDERING, true, true, true, true, true);
        assertThat(Scoring.credit(question, chose(0, 1, 2, 3, 4))).isEqualTo(1);
        assertThat(Scoring.credit(question, chose(1, 2, 3, 4, 0))).as("first item moved to the end").isEqualTo(0.75);
        assertThat(Scoring.credit(question, chose(4, 3, 2, 1, 0))).as("reversed").isZero();
        assertThat(Scoring.credit(question, chose(0, 1, 2, 3))).as("an item missing").isZero();
        assertThat(Scoring.credit(question, chose(0, 1, 2, 3, 3))).as("not a permutation").isZero();
    }

    @Test
    void a_short_answer_matches_any_accepted_answer_ignoring_case_and_spacing() {
        var question = shortAnswer("1 hour", "60 minutes");
        assertThat(Scoring.credit(question, new GivenAnswer(List.of(), "  1   HOUR "))).isEqualTo(1);
        assertThat(Scoring.credit(question, new GivenAnswer(List.of(), "60 Minutes"))).isEqualTo(1);
        assertThat(Scoring.credit(question, new GivenAnswer(List.of(), "2 hours"))).isZero();
        assertThat(Scoring.credit(question, GivenAnswer.NONE)).isZero();
    }

    @Test
    void the_score_is_the_mean_credit_and_passing_needs_the_pass_mark() {
        assertThat(Scoring.percent(List.of(1.0, 1.0, 1.0, 1.0, 0.0))).isEqualTo(80);
        assertThat(Scoring.passes(80, 80)).isTrue();
        assertThat(Scoring.passes(Scoring.percent(List.of(1.0, 1.0, 1.0, 2 / 3.0, 1.0, 1.0)), 95)).isFalse();
        assertThat(Scoring.passes(79.99, 80)).isFalse();
        assertThat(Scoring.percent(List.of())).isZero();
    }
}
