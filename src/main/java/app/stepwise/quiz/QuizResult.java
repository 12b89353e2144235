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
