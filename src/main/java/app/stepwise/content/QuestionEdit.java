package app.stepwise.content;

/** A question present in both versions whose prompt, body, options, answers, explanation or step changed. */
public record QuestionEdit(Question before, Question after) {
}
