package app.stepwise.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuizResultSummaryTest {
    @Test
    void a_result_counts_wrong_answers_in_plain_words() {
        assertThat(QuizResult.outcomeSummary(0, 0, 1)).isEqualTo("the question right");
        assertThat(QuizResult.outcomeSummary(0, 0, 4)).isEqualTo("all 4 questions right");
        assertThat(QuizResult.outcomeSummary(1, 0, 1)).isEqualTo("1 of 1 question wrong");
        assertThat(QuizResult.outcomeSummary(2, 0, 5)).isEqualTo("2 of 5 questions wrong");
    }

    @Test
    void a_partly_right_question_is_counted_as_partly_right_not_as_wrong() {
        assertThat(QuizResult.outcomeSummary(4, 1, 6)).isEqualTo("4 of 6 questions wrong, 1 partly right");
        assertThat(QuizResult.outcomeSummary(0, 2, 6)).isEqualTo("2 of 6 questions partly right");
        assertThat(QuizResult.outcomeSummary(0, 1, 1)).isEqualTo("1 of 1 question partly right");
    }
}
