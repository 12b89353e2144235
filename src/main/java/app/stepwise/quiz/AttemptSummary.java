package app.stepwise.quiz;

import java.time.Instant;

/** A submitted attempt in a line. */
public record AttemptSummary(long attemptId, int attemptNo, int version, double scorePercent, boolean passed,
                             Instant submittedAt) {
}
