package app.stepwise.quiz;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wrong answer given most often to one question, from its not fully correct responses. For multiple
 * choice a response mixes right and wrong options ("A; B"), so the answer is the wrong option chosen most
 * often: a trainer must never see a correct option listed as the wrong answer.
 */
record MostChosenWrong(String answer, long count) {
    static final String NO_ANSWER = "(no answer)";

    /** A not fully correct response as stored for statistics, and how often it was given. */
    record Response(String text, long count) {
    }

    static Optional<MostChosenWrong> of(Question question, List<Response> wrongResponses) {
        var counts = new LinkedHashMap<String, Long>(); // insertion order breaks ties: written order, then frequency
        if (question.type() == QuestionType.MULTIPLE_CHOICE) {
            question.options().stream().filter(option -> !option.correct()).map(AnswerOption::text)
                    .forEach(wrong -> counts.put(wrong, chosen(wrong, wrongResponses)));
            counts.put(NO_ANSWER, wrongResponses.stream().filter(r -> r.text().isBlank()).mapToLong(Response::count).sum());
        } else {
            wrongResponses.forEach(r -> counts.merge(r.text().isBlank() ? NO_ANSWER : r.text(), r.count(), Long::sum));
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Comparator.comparingLong(Map.Entry::getValue)) // keeps the first of equal counts
                .map(e -> new MostChosenWrong(e.getKey(), e.getValue()));
    }

    /** How many responses include the option: responses list chosen option texts joined by "; ". */
    private static long chosen(String option, List<Response> responses) {
        String needle = "; " + option + "; ";
        return responses.stream().filter(r -> ("; " + r.text() + "; ").contains(needle)).mapToLong(Response::count).sum();
    }
}
