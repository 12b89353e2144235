package app.stepwise.content;

/**
 * One option of a choice or ordering question.
 *
 * @param text     plain text, for display in a quiz UI and for matching
 * @param markdown the option's Markdown (inline code, emphasis), render with {@link SafeHtmlRenderer#render(String)}
 * @param correct  marked {@code [x]}; for {@link QuestionType#ORDERING} every item is part of the answer and is
 *                 {@code true}, and the list order is the correct order
 */
public record AnswerOption(String text, String markdown, boolean correct) {
}
