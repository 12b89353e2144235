package app.stepwise.content.internal;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the short durations authors write: {@code 20m}, {@code 1h30m}, {@code 2d}, {@code 12 months}. */
public final class DurationText {

    private static final Pattern CLOCK = Pattern.compile(
            "(?:(\\d{1,4})\\s*d)?\\s*(?:(\\d{1,5})\\s*h)?\\s*(?:(\\d{1,6})\\s*m(?:in)?)?");
    private static final Pattern CALENDAR = Pattern.compile("(\\d{1,4})\\s*(day|week|month|year)s?");

    private DurationText() {
    }

    /** {@code 1h30m} -> 90 minutes; empty when the text is not of that form or is zero. */
    public static Optional<Duration> clock(String text) {
        Matcher matcher = CLOCK.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null && matcher.group(3) == null)) {
            return Optional.empty();
        }
        Duration duration = Duration.ofDays(number(matcher.group(1)))
                .plusHours(number(matcher.group(2)))
                .plusMinutes(number(matcher.group(3)));
        return duration.isZero() ? Optional.empty() : Optional.of(duration);
    }

    /** {@code 12 months}, {@code 1 year}, {@code 90 days}, {@code 2 weeks}; empty when not of that form or zero. */
    public static Optional<Period> calendar(String text) {
        Matcher matcher = CALENDAR.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(matcher.group(1));
        if (amount == 0) {
            return Optional.empty();
        }
        return Optional.of(switch (matcher.group(2)) {
            case "day" -> Period.ofDays(amount);
            case "week" -> Period.ofWeeks(amount);
            case "month" -> Period.ofMonths(amount);
            default -> Period.ofYears(amount);
        });
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
