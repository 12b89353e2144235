package app.stepwise.quiz;

import app.stepwise.content.ModuleQuiz;
import app.stepwise.quiz.internal.QuizAttemptEntity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Whether another attempt at the quiz of a module version may start (docs/learning-rules.md, "Quiz attempts"):
 * <ul>
 * <li>not after a pass, unless another module asks the person to pass it again (a certification's renewal);</li>
 * <li>not beyond {@code max-attempts} submitted attempts counted since the person's latest pass (a pass starts a
 * fresh count), plus the extra attempts granted since that pass;</li>
 * <li>not within {@code cooldown} of the last submission, unless extra attempts were granted after it.</li>
 * </ul>
 */
final class AttemptRules {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");
    private final Clock clock;

    /** Extra attempts granted to the person for the module at a moment. */
    record ExtraAttempts(int count, Instant grantedAt) {
    }

    AttemptRules(Clock clock) {
        this.clock = clock;
    }

    QuizOverview overview(ModuleQuiz quiz, List<QuizAttemptEntity> attempts, List<ExtraAttempts> grants,
                          Optional<String> retakeReason) {
        var submitted = attempts.stream().filter(QuizAttemptEntity::isSubmitted).map(QuizPresentation::summary).toList();
        var inProgress = attempts.stream().filter(a -> !a.isSubmitted()).findFirst()
                .map(a -> OptionalLong.of(a.getId())).orElse(OptionalLong.empty());
        return overview(quiz, submitted, inProgress, grants, retakeReason);
    }

    /** The rules on plain values; {@code submitted} in attempt order. */
    QuizOverview overview(ModuleQuiz quiz, List<AttemptSummary> submitted, OptionalLong inProgress,
                          List<ExtraAttempts> grants, Optional<String> retakeReason) {
        var latestPass = latestPass(submitted);
        int counted = (int) submitted.stream().filter(a -> latestPass.isEmpty() || a.attemptNo() > latestPass.get().attemptNo())
                .count();
        int extra = grants.stream().filter(g -> latestPass.isEmpty() || !g.grantedAt().isBefore(latestPass.get().submittedAt()))
                .mapToInt(ExtraAttempts::count).sum();
        var limit = quiz.maxAttempts().isPresent() ? OptionalInt.of(quiz.maxAttempts().getAsInt() + extra) : OptionalInt.empty();
        var lastSubmission = submitted.stream().map(AttemptSummary::submittedAt).max(Instant::compareTo);
        boolean grantedSince = lastSubmission.isPresent()
                && grants.stream().anyMatch(g -> !g.grantedAt().isBefore(lastSubmission.get()));
        Optional<Instant> nextAt = grantedSince ? Optional.empty() : quiz.cooldown()
                .flatMap(cooldown -> lastSubmission.map(last -> last.plus(cooldown)))
                .filter(at -> at.isAfter(clock.instant()));
        boolean retake = latestPass.isPresent() && retakeReason.isPresent();
        return new QuizOverview(quiz.moduleId(), quiz.moduleTitle(), quiz.version(), quiz.questions().size(),
                quiz.passMark(), quiz.maxAttempts(), quiz.cooldown(), submitted, inProgress, nextAt,
                blockedReason(latestPass.isPresent() && !retake, counted, limit, nextAt), counted, extra,
                retake ? retakeReason : Optional.empty());
    }

    private static Optional<AttemptSummary> latestPass(List<AttemptSummary> submitted) {
        return submitted.stream().filter(AttemptSummary::passed).reduce((first, second) -> second);
    }

    private Optional<String> blockedReason(boolean passed, int counted, OptionalInt limit, Optional<Instant> nextAt) {
        if (passed) {
            return Optional.of("You passed this quiz.");
        }
        if (limit.isPresent() && counted >= limit.getAsInt()) {
            return Optional.of((limit.getAsInt() == 1 ? "You have used your only attempt" : "You have used all " + limit.getAsInt()
                    + " attempts") + " at this quiz. A trainer or your manager can grant you more.");
        }
        return nextAt.map(at -> "You can try again at " + TIME.format(at.atZone(ZoneId.systemDefault()))
                + " (in " + humane(Duration.between(clock.instant(), at)) + ").");
    }

    static String humane(Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return hours + (hours == 1 ? " hour" : " hours") + (rest == 0 ? "" : " " + rest + " min");
    }
}
