package app.stepwise.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where the signed-in person stands with the quiz of a module's current version, and whether they may
 * start an attempt now ({@link #blockedReason()} says why not).
 */
public record QuizOverview(String moduleId, String moduleTitle, int version, int questions, int passMark,
                           OptionalInt maxAttempts, Optional<Duration> cooldown, List<AttemptSummary> attempts,
                           OptionalLong attemptInProgress, Optional<Instant> nextAttemptAt,
                           Optional<String> blockedReason) {
    public QuizOverview {
        attempts = List.copyOf(attempts);
    }

    public boolean passed() {
        return attempts.stream().anyMatch(AttemptSummary::passed);
    }

    public Optional<AttemptSummary> latest() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.getLast());
    }

    public OptionalInt attemptsLeft() {
        return maxAttempts.isPresent() ? OptionalInt.of(Math.max(0, maxAttempts.getAsInt() - attempts.size()))
                : OptionalInt.empty();
    }

    public boolean canStart() {
        return attemptInProgress.isPresent() || blockedReason.isEmpty();
    }
}
