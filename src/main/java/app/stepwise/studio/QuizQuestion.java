package app.stepwise.studio;

import app.stepwise.content.Question;

/**
 * A question of a draft's quiz with where its Markdown is, for the studio's question list and form.
 *
 * @param question  as the content parser read it
 * @param form      the same question as the form holds it
 * @param firstLine 1-based line of its {@code ###} heading
 * @param lastLine  1-based last line of its Markdown (blank lines after it not included)
 */
public record QuizQuestion(Question question, QuestionForm form, int firstLine, int lastLine) {

    public int number() {
        return question.number();
    }
}
