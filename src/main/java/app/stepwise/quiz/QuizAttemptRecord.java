package app.stepwise.quiz;

import java.time.Instant;

/** One submitted attempt in a person's quiz history. */
public record QuizAttemptRecord(String moduleId, int version, int attemptNo, double scorePercent, boolean passed,
                                Instant submittedAt) {
}
