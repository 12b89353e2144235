package app.stepwise.notifications.internal;

import java.util.regex.Pattern;

/**
 * Makes a notice's text fit its columns and its link safe to follow: whatever a publisher sends, the
 * stored title is one line, nothing is cut inside a character, and a link is a route inside the app
 * (no scheme, no host, no leading slash), so it can never point elsewhere or run script.
 */
final class NotificationText {
    static final int TITLE_LENGTH = 200;
    static final int DETAIL_LENGTH = 2000;
    static final int LINK_LENGTH = 500;
    static final String UNTITLED = "Notification";

    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.~%?=&#+-]*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private NotificationText() {
    }

    static String title(String raw) {
        String oneLine = WHITESPACE.matcher(CONTROL.matcher(raw == null ? "" : raw).replaceAll(" ")).replaceAll(" ").strip();
        return truncate(oneLine.isEmpty() ? UNTITLED : oneLine, TITLE_LENGTH);
    }

    static String detail(String raw) {
        return truncate(CONTROL.matcher(raw == null ? "" : raw).replaceAll(" ").strip(), DETAIL_LENGTH);
    }

    /** The link if it is a plain in-app route that fits its column, otherwise empty. */
    static String link(String raw) {
        String link = raw == null ? "" : raw.strip();
        boolean safe = link.length() <= LINK_LENGTH && ROUTE.matcher(link).matches() && !link.contains("..");
        return safe ? link : "";
    }

    /** At most {@code max} UTF-16 units, ending in an ellipsis when cut, never splitting a surrogate pair. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
