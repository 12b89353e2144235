package app.stepwise.content;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One quiz question: a {@code ###} heading in the Quiz section and what follows it. It contains the correct answers,
 * so it must stay on the server until the learner has submitted.
 *
 * @param key                 stable within the module: {@code q-} + slug of the prompt, made unique with {@code -2}
 * @param number              1-based position in the quiz
 * @param type                how it is answered
 * @param prompt              the heading text (plain)
 * @param bodyMarkdown        extra prose, code or tables shown with the prompt; may be empty
 * @param options             choice options, or ordering items in the correct order; empty for short answers
 * @param acceptedAnswers     short-answer alternatives as written; empty for other types
 * @param normalisedAnswers   the same, normalised with {@link #normaliseAnswer(String)}
 * @param explanationMarkdown the {@code >} blockquote, shown after submission; may be empty
 * @param stepAnchor          anchor of the step this question tests ({@code Step:} line)
 * @param line                1-based line of the heading
 */
public record Question(
        String key,
        int number,
        QuestionType type,
        String prompt,
        String bodyMarkdown,
        List<AnswerOption> options,
        List<String> acceptedAnswers,
        List<String> normalisedAnswers,
        String explanationMarkdown,
        Optional<String> stepAnchor,
        int line) {

    public Question {
        options = List.copyOf(options);
        acceptedAnswers = List.copyOf(acceptedAnswers);
        normalisedAnswers = List.copyOf(normalisedAnswers);
    }

    /**
     * The form short answers are compared in: Unicode-normalised (NFKC), lower case, whitespace collapsed and trimmed,
     * so {@code "  Net 30 "} matches {@code "net 30"}.
     */
    public static String normaliseAnswer(String answer) {
        String folded = Normalizer.normalize(answer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").strip();
    }

    /** True when a learner's short answer matches one of the accepted answers. */
    public boolean accepts(String givenAnswer) {
        return type == QuestionType.SHORT_ANSWER && normalisedAnswers.contains(normaliseAnswer(givenAnswer));
    }
}
