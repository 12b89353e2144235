package app.stepwise.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultPanelTest {
    @Test
    void a_result_counts_wrong_answers_in_plain_words() {
        assertThat(ResultPanel.wrongCount(0, 1)).isEqualTo("the question right");
        assertThat(ResultPanel.wrongCount(0, 4)).isEqualTo("all 4 questions right");
        assertThat(ResultPanel.wrongCount(1, 1)).isEqualTo("1 of 1 question wrong");
        assertThat(ResultPanel.wrongCount(2, 5)).isEqualTo("2 of 5 questions wrong");
    }
}
