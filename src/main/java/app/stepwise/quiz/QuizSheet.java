package app.stepwise.quiz;

import app.stepwise.content.QuestionType;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An attempt in progress as the player shows it. It holds no correct answer, no explanation and no
 * accepted short answer: everything in it may reach the browser.
 */
public record QuizSheet(long attemptId, int attemptNo, String moduleId, String moduleTitle, int version, int passMark,
                        List<Item> questions) {
    public QuizSheet {
        questions = List.copyOf(questions);
    }

    public int answered() {
        return (int) questions.stream().filter(q -> !q.answer().isEmpty()).count();
    }

    /**
     * One question as shown.
     *
     * @param key         the question's key, to save answers against
     * @param number      1-based position
     * @param bodyHtml    sanitised HTML of the question body; may be empty
     * @param optionsHtml sanitised HTML of each option, in the order shown in this attempt (ordering: the starting order)
     * @param answer      what the learner saved so far
     */
    public record Item(String key, int number, QuestionType type, String prompt, String bodyHtml,
                       List<String> optionsHtml, Answer answer) {
        public Item {
            optionsHtml = List.copyOf(optionsHtml);
        }

        /**
         * The answer an ordering question has while its items stay as shown: positions 0, 1, 2... The player
         * saves it when it shows the question, because the order left counts as the answer.
         */
        public Answer shownOrder() {
            return Answer.choice(IntStream.range(0, optionsHtml.size()).boxed().toList());
        }
    }
}
