package app.stepwise.course;

import app.stepwise.shared.InvalidInputException;
import java.time.LocalDate;

/**
 * When an enrolment is due: on a date, within a number of days of the person's start date (onboarding: "within 30
 * days"), or not at all. A relative rule resolves against the start date, or against today when none is known.
 */
public record DueRule(LocalDate date, Integer daysAfterStart) {
    public static final int MAX_DAYS = 3650;
    /** A due date further ahead is a typo (31 Dec 9999), not a plan. */
    public static final int MAX_YEARS_AHEAD = 5;

    public DueRule {
        if (date != null && daysAfterStart != null) {
            throw new IllegalArgumentException("A due rule is a date or a number of days, not both.");
        }
        if (daysAfterStart != null && (daysAfterStart < 1 || daysAfterStart > MAX_DAYS)) {
            throw new InvalidInputException("dueDays", "Give a number of days between 1 and " + MAX_DAYS + ".");
        }
    }

    public static DueRule none() {
        return new DueRule(null, null);
    }

    public static DueRule on(LocalDate date) {
        return new DueRule(date, null);
    }

    public static DueRule withinDaysOfStart(int days) {
        return new DueRule(null, days);
    }

    /** Refuses a due date in the past or more than {@link #MAX_YEARS_AHEAD} years after {@code today}. */
    public void checkDate(LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isBefore(today)) {
            throw new InvalidInputException("dueDate", "The due date is in the past.");
        }
        if (date.isAfter(latestDate(today))) {
            throw new InvalidInputException("dueDate", "The due date is more than " + MAX_YEARS_AHEAD
                    + " years ahead; pick a date on or before " + latestDate(today) + ".");
        }
    }

    public static LocalDate latestDate(LocalDate today) {
        return today.plusYears(MAX_YEARS_AHEAD);
    }

    public LocalDate resolve(LocalDate startDate, LocalDate today) {
        if (daysAfterStart != null) {
            return (startDate == null ? today : startDate).plusDays(daysAfterStart);
        }
        return date;
    }

    public String describe() {
        return daysAfterStart != null ? "within " + daysAfterStart + " days of starting" : date != null ? "due " + date : "no due date";
    }
}
