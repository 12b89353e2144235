package app.stepwise.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ModuleQuiz;
import app.stepwise.quiz.AttemptRules.ExtraAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AttemptRulesTest {
    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    final AttemptRules rules = new AttemptRules(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_limit_counts_submitted_attempts() {
        var overview = overview(quiz(2, null), attempts("F"), List.of());
        assertThat(overview.attemptsLeft()).hasValue(1);
        assertThat(overview.canStart()).isTrue();

        var used = overview(quiz(2, null), attempts("FF"), List.of());
        assertThat(used.attemptsLeft()).hasValue(0);
        assertThat(used.blockedReason()).hasValueSatisfying(r -> assertThat(r).contains("used all 2 attempts"));
        assertThat(used.blockedByLimit()).isTrue();
    }

    @Test
    void a_pass_blocks_further_attempts_unless_a_retake_is_asked_for() {
        var passed = overview(quiz(3, null), attempts("FFP"), List.of());
        assertThat(passed.passed()).isTrue();
        assertThat(passed.blockedReason()).hasValue("You passed this quiz.");
        assertThat(passed.blockedByLimit()).as("held back by the pass, not the limit").isFalse();

        var renewal = rules.overview(quiz(3, null), attempts("FFP"), OptionalLong.empty(), List.of(), Optional.of("Renew."));
        assertThat(renewal.passed()).isFalse();
        assertThat(renewal.retakeReason()).hasValue("Renew.");
        assertThat(renewal.canStart()).isTrue();
    }

    @Test
    void a_pass_starts_a_fresh_count() {
        var retake = rules.overview(quiz(3, null), attempts("FFPF"), OptionalLong.empty(), List.of(), Optional.of("Renew."));
        assertThat(retake.countedAttempts()).isEqualTo(1);
        assertThat(retake.attemptsLeft()).hasValue(2);

        var usedAgain = rules.overview(quiz(3, null), attempts("FFPFFF"), OptionalLong.empty(), List.of(), Optional.of("Renew."));
        assertThat(usedAgain.attemptsLeft()).hasValue(0);
        assertThat(usedAgain.canStart()).isFalse();
    }

    @Test
    void a_retake_reason_without_a_pass_changes_nothing() {
        var overview = rules.overview(quiz(2, null), attempts("F"), OptionalLong.empty(), List.of(), Optional.of("Renew."));
        assertThat(overview.retakeReason()).isEmpty();
        assertThat(overview.attemptsLeft()).hasValue(1);
    }

    @Test
    void extra_attempts_raise_the_limit() {
        var submitted = attempts("FF");
        var granted = overview(quiz(2, null), submitted, List.of(new ExtraAttempts(2, NOW.minusSeconds(60))));
        assertThat(granted.attemptLimit()).hasValue(4);
        assertThat(granted.attemptsLeft()).hasValue(2);
        assertThat(granted.canStart()).isTrue();
        assertThat(granted.extraAttempts()).isEqualTo(2);
    }

    @Test
    void extra_attempts_granted_before_the_latest_pass_no_longer_count() {
        var submitted = attempts("FFP");
        var beforePass = new ExtraAttempts(3, submitted.get(1).submittedAt());
        var overview = rules.overview(quiz(2, null), submitted, OptionalLong.empty(), List.of(beforePass), Optional.of("Renew."));
        assertThat(overview.extraAttempts()).isZero();
        assertThat(overview.attemptsLeft()).hasValue(2);
    }

    @Test
    void a_cooldown_holds_back_until_it_ends_and_a_grant_after_the_last_submission_ends_it() {
        var submitted = new ArrayList<>(attempts("F"));
        var cooling = overview(quiz(null, Duration.ofHours(1)), submitted, List.of());
        assertThat(cooling.nextAttemptAt()).isPresent();
        assertThat(cooling.blockedReason()).hasValueSatisfying(r -> assertThat(r).contains("try again at"));
        assertThat(cooling.blockedByLimit()).isTrue();
        assertThat(cooling.attemptsLeft()).as("unlimited").isEmpty();

        var oldGrant = overview(quiz(null, Duration.ofHours(1)), submitted,
                List.of(new ExtraAttempts(1, submitted.getLast().submittedAt().minusSeconds(1))));
        assertThat(oldGrant.canStart()).as("a grant before the last submission is used up").isFalse();

        var granted = overview(quiz(null, Duration.ofHours(1)), submitted, List.of(new ExtraAttempts(1, NOW)));
        assertThat(granted.nextAttemptAt()).isEmpty();
        assertThat(granted.canStart()).isTrue();
    }

    @Test
    void an_attempt_in_progress_can_always_be_resumed() {
        var overview = rules.overview(quiz(1, null), attempts("F"), OptionalLong.of(99), List.of(), Optional.empty());
        assertThat(overview.canStart()).isTrue();
        assertThat(overview.blockedByLimit()).isFalse();
    }

    private QuizOverview overview(ModuleQuiz quiz, List<AttemptSummary> submitted, List<ExtraAttempts> grants) {
        return rules.overview(quiz, submitted, OptionalLong.empty(), grants, Optional.empty());
    }

    private static ModuleQuiz quiz(Integer maxAttempts, Duration cooldown) {
        return new ModuleQuiz("m", "Module", 1, 80, maxAttempts == null ? OptionalInt.empty() : OptionalInt.of(maxAttempts),
                Optional.ofNullable(cooldown), List.of(), List.of());
    }

    /** One attempt per letter, F failed and P passed, ten minutes apart, the last ten minutes ago. */
    private static List<AttemptSummary> attempts(String outcomes) {
        var list = new ArrayList<AttemptSummary>();
        for (int i = 0; i < outcomes.length(); i++) {
            boolean passed = outcomes.charAt(i) == 'P';
            var at = NOW.minus(Duration.ofMinutes(10L * (outcomes.length() - i)));
            list.add(new AttemptSummary(i + 1, i + 1, 1, passed ? 100 : 0, passed, at));
        }
        return list;
    }
}
