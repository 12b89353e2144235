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
import java.util.OptionalLong;

/**
 * Whether another attempt may start: not after a pass, not beyond {@code max-attempts} submitted
 * attempts of this version, not within {@code cooldown} of the last submission.
 */
final class AttemptRules {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");
    private final Clock clock;

    AttemptRules(Clock clock) {
        this.clock = clock;
    }

    QuizOverview overview(ModuleQuiz quiz, List<QuizAttemptEntity> attempts) {
        var submitted = attempts.stream().filter(QuizAttemptEntity::isSubmitted).toList();
        var summaries = submitted.stream().map(QuizPresentation::summary).toList();
        var inProgress = attempts.stream().filter(a -> !a.isSubmitted()).findFirst()
                .map(a -> OptionalLong.of(a.getId())).orElse(OptionalLong.empty());
        Optional<Instant> nextAt = quiz.cooldown().flatMap(cooldown -> submitted.stream()
                .map(QuizAttemptEntity::getSubmittedAt).max(Instant::compareTo).map(last -> last.plus(cooldown)))
                .filter(at -> at.isAfter(clock.instant()));
        return new QuizOverview(quiz.moduleId(), quiz.moduleTitle(), quiz.version(), quiz.questions().size(),
                quiz.passMark(), quiz.maxAttempts(), quiz.cooldown(), summaries, inProgress, nextAt,
                blockedReason(quiz, summaries, nextAt));
    }

    private Optional<String> blockedReason(ModuleQuiz quiz, List<AttemptSummary> submitted, Optional<Instant> nextAt) {
        if (submitted.stream().anyMatch(AttemptSummary::passed)) {
            return Optional.of("You passed this quiz.");
        }
        if (quiz.maxAttempts().isPresent() && submitted.size() >= quiz.maxAttempts().getAsInt()) {
            return Optional.of("You have used all " + quiz.maxAttempts().getAsInt()
                    + " attempts at this quiz. A trainer can help you with the module.");
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
