package app.stepwise.quiz.internal;

import java.util.List;

/**
 * A learner's answer in the question's own terms: option indexes as written in the process doc (for
 * ordering questions, in the learner's order), or the typed text of a short answer.
 */
public record GivenAnswer(List<Integer> options, String text) {
    public static final GivenAnswer NONE = new GivenAnswer(List.of(), "");

    public GivenAnswer {
        options = List.copyOf(options);
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return options.isEmpty() && text.isBlank();
    }
}
