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
 *
 * @param countedAttempts submitted attempts that count against the limit: those since the latest pass
 * @param extraAttempts   attempts granted on top of {@code max-attempts} since the latest pass
 * @param retakeReason    why a passed quiz is to be passed again (a certification's renewal), if it is
 */
public record QuizOverview(String moduleId, String moduleTitle, int version, int questions, int passMark,
                           OptionalInt maxAttempts, Optional<Duration> cooldown, List<AttemptSummary> attempts,
                           OptionalLong attemptInProgress, Optional<Instant> nextAttemptAt,
                           Optional<String> blockedReason, int countedAttempts, int extraAttempts,
                           Optional<String> retakeReason) {
    public QuizOverview {
        attempts = List.copyOf(attempts);
    }

    /** Passed, and not asked to pass again. */
    public boolean passed() {
        return retakeReason.isEmpty() && attempts.stream().anyMatch(AttemptSummary::passed);
    }

    public Optional<AttemptSummary> latest() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.getLast());
    }

    /** The limit with the extra attempts granted; empty for unlimited. */
    public OptionalInt attemptLimit() {
        return maxAttempts.isPresent() ? OptionalInt.of(maxAttempts.getAsInt() + extraAttempts) : OptionalInt.empty();
    }

    public OptionalInt attemptsLeft() {
        var limit = attemptLimit();
        return limit.isPresent() ? OptionalInt.of(Math.max(0, limit.getAsInt() - countedAttempts)) : OptionalInt.empty();
    }

    public boolean canStart() {
        return attemptInProgress.isPresent() || blockedReason.isEmpty();
    }

    /** Held back by the attempt limit or a cooldown (not by a pass): extra attempts would let them go on. */
    public boolean blockedByLimit() {
        return attemptInProgress.isEmpty() && blockedReason.isPresent() && !passed();
    }
}
