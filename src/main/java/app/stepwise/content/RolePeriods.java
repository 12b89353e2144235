package app.stepwise.content;

import java.time.LocalDate;
import java.time.Period;

/**
 * A role's validity and grace period as people type them: a whole number of days, months or years, up to a limit
 * ({@link RoleEditor#MAX_VALIDITY}, {@link RoleEditor#MAX_GRACE}). Shared by the role editor's fields and its service
 * so both say the same thing.
 */
public final class RolePeriods {
    /** Months and days differ in length; comparing from one fixed day keeps "12 months" and "1 year" equal. */
    private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);
    private static final int MAX_DIGITS = 6;

    private RolePeriods() {
    }

    /**
     * The period {@code amount} of {@code unit} ("days", "months" or "years") stands for.
     *
     * @throws IllegalArgumentException with the message to show beside the field
     */
    public static Period parse(String amount, String unit, Period max) {
        String text = amount == null ? "" : amount.strip();
        if (!text.matches("\\d+")) {
            throw new IllegalArgumentException("Enter a whole number of " + unit + ".");
        }
        String digits = text.replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > MAX_DIGITS) {
            throw new IllegalArgumentException(tooLong(max));
        }
        int value = Integer.parseInt(digits);
        if (value < 1) {
            throw new IllegalArgumentException("At least 1 " + unit.replaceFirst("s$", "") + ".");
        }
        var period = switch (unit) {
            case "days" -> Period.ofDays(value);
            case "years" -> Period.ofYears(value);
            default -> Period.ofMonths(value);
        };
        if (exceeds(period, max)) {
            throw new IllegalArgumentException(tooLong(max));
        }
        return period;
    }

    /** Whether {@code period} is longer than {@code max}, without overflowing on absurd periods. */
    public static boolean exceeds(Period period, Period max) {
        if (Math.abs(period.toTotalMonths()) > 12L * 10_000 || Math.abs(period.getDays()) > 366L * 10_000) {
            return true;
        }
        return REFERENCE.plus(period).isAfter(REFERENCE.plus(max));
    }

    public static String tooLong(Period max) {
        var normalized = max.normalized();
        if (normalized.getMonths() == 0 && normalized.getDays() == 0) {
            return "At most " + count(normalized.getYears(), "year") + ".";
        }
        if (normalized.getDays() == 0) {
            return "At most " + count((int) normalized.toTotalMonths(), "month") + ".";
        }
        return "At most " + max + ".";
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
