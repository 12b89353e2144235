package app.stepwise.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The time a report is read at. Overdue, certified and expiring depend on it, so the summary stores dates
 * and each read evaluates them at one moment.
 */
public record Moment(Instant now, LocalDate today, Instant expiringBefore) {
    /** "Expiring" means the certification ends within this time. */
    public static final Duration EXPIRING_WITHIN = Duration.ofDays(30);

    public static Moment at(Clock clock) {
        Instant now = clock.instant();
        return new Moment(now, LocalDate.ofInstant(now, clock.getZone()), now.plus(EXPIRING_WITHIN));
    }
}
