package app.stepwise.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MostChosenWrongTest {
    private static final Question MULTIPLE = question(QuestionType.MULTIPLE_CHOICE,
            option("Alpha", true), option("Beta", true), option("Gamma", false), option("Delta; with a semicolon", false));
    private static final Question SINGLE = question(QuestionType.SINGLE_CHOICE,
            option("Alpha", true), option("Beta", false), option("Gamma", false));

    @Test
    void for_multiple_choice_it_is_the_wrong_option_chosen_most_often_never_a_correct_one() {
        var responses = List.of(response("Alpha", 5), response("Alpha; Gamma", 2), response("Beta; Delta; with a semicolon", 3),
                response("Delta; with a semicolon; Gamma", 1));

        assertThat(MostChosenWrong.of(MULTIPLE, responses)).contains(new MostChosenWrong("Delta; with a semicolon", 4));
    }

    @Test
    void for_multiple_choice_equal_counts_go_to_the_option_written_first_and_no_wrong_option_means_none() {
        assertThat(MostChosenWrong.of(MULTIPLE, List.of(response("Delta; with a semicolon", 1), response("Gamma", 1))))
                .contains(new MostChosenWrong("Gamma", 1));
        assertThat(MostChosenWrong.of(MULTIPLE, List.of(response("Alpha", 3))))
                .as("missing a correct option is not choosing a wrong one").isEmpty();
        assertThat(MostChosenWrong.of(MULTIPLE, List.of(response("", 2), response("Gamma", 1))))
                .contains(new MostChosenWrong(MostChosenWrong.NO_ANSWER, 2));
    }

    @Test
    void for_other_questions_it_is_the_most_frequent_wrong_response() {
        assertThat(MostChosenWrong.of(SINGLE, List.of(response("Gamma", 3), response("Beta", 1))))
                .contains(new MostChosenWrong("Gamma", 3));
        assertThat(MostChosenWrong.of(SINGLE, List.of(response(" ", 2), response("Beta", 1))))
                .contains(new MostChosenWrong(MostChosenWrong.NO_ANSWER, 2));
        assertThat(MostChosenWrong.of(SINGLE, List.of())).isEmpty();
    }

    private static MostChosenWrong.Response response(String text, long count) {
        return new MostChosenWrong.Response(text, count);
    }

    private static AnswerOption option(String text, boolean correct) {
        return new AnswerOption(text, text, correct);
    }

    private static Question question(QuestionType type, AnswerOption... options) {
        return new Question("q", 1, type, "Prompt", "", List.of(options), List.of(), List.of(), "", Optional.empty(), 1);
    }
}
