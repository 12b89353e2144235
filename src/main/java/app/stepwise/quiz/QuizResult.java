package app.stepwise.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A submitted attempt: the score against the pass mark and each question's outcome. The correct answer
 * of a question is shown only once the learner passed; before that the explanation and the step teach it.
 */
public record QuizResult(long attemptId, int attemptNo, String moduleId, String moduleTitle, int version,
                         String learnerName, double scorePercent, int passMark, boolean passed, Instant submittedAt,
                         List<QuestionOutcome> questions) {
    public QuizResult {
        questions = List.copyOf(questions);
    }

    /** Questions without full credit, partly right ones included. */
    public long wrong() {
        return questions.stream().filter(q -> !q.correct()).count();
    }

    /**
     * "all 3 questions right", "1 of 3 questions wrong", "2 of 6 questions wrong, 1 partly right": what a learner
     * reads at a glance, counted the way each question is labelled (a partly right question is neither right nor wrong).
     */
    public String outcomeSummary() {
        return outcomeSummary(wrong() - partlyRight(), partlyRight(), questions.size());
    }

    static String outcomeSummary(long wrong, long partlyRight, int questions) {
        if (wrong == 0 && partlyRight == 0) {
            return questions == 1 ? "the question right" : "all " + questions + " questions right";
        }
        String ofAll = " of " + questions + (questions == 1 ? " question" : " questions");
        if (wrong == 0) {
            return partlyRight + ofAll + " partly right";
        }
        return wrong + ofAll + " wrong" + (partlyRight == 0 ? "" : ", " + partlyRight + " partly right");
    }

    /** Questions with some but not full credit. */
    public long partlyRight() {
        return questions.stream().filter(QuestionOutcome::partlyRight).count();
    }

    /**
     * @param credit          0..1, see docs/quiz-scoring.md
     * @param yourAnswer      the learner's answer as text; empty when unanswered
     * @param explanationHtml sanitised HTML; may be empty
     * @param stepAnchor      the step the question teaches, for a link into the reader
     * @param correctAnswer   shown only for a passed attempt
     */
    public record QuestionOutcome(int number, String prompt, boolean correct, double credit, String yourAnswer,
                                  String explanationHtml, Optional<String> stepAnchor, Optional<Integer> stepNumber,
                                  Optional<String> correctAnswer) {
        public boolean partlyRight() {
            return !correct && credit > 0;
        }
    }
}
