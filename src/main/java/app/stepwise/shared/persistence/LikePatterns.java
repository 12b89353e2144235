package app.stepwise.shared.persistence;

import java.util.Locale;

/**
 * Turns what a person typed into a filter into a LIKE pattern that matches it anywhere, lower-case, with
 * {@code %}, {@code _} and the escape character itself escaped (backslash, the default on H2 and MySQL).
 */
public final class LikePatterns {
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** {@code %text%}, or null for a blank filter (queries read null as "no filter"). */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
