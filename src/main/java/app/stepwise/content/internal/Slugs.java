package app.stepwise.content.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Lowercase hyphenated ids ({@code send-the-quote}) for module ids, anchors and question keys. */
public final class Slugs {

    /** What an id must look like: it goes into URLs, HTML ids and database keys unescaped. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final int MAX_LENGTH = 60;
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static boolean isValidId(String candidate) {
        return ID.matcher(candidate).matches();
    }

    /** {@code "Send the Quote (v2)!"} -> {@code "send-the-quote-v2"}; empty when nothing usable is left. */
    public static String slug(String text) {
        String ascii = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH));
        }
        return slug;
    }

    /** The first {@code count} words of a text, for anchors of steps without a bold lead. */
    public static String firstWords(String text, int count) {
        String[] words = text.strip().split("\\s+", count + 1);
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    /** Hands out unique names: the first {@code x} stays {@code x}, the next ones become {@code x-2}, {@code x-3}. */
    public static final class Deduplicator {

        private final Map<String, Integer> seen = new HashMap<>();

        public String unique(String wanted) {
            int count = seen.merge(wanted, 1, Integer::sum);
            if (count == 1) {
                return wanted;
            }
            String candidate = wanted + "-" + count;
            while (seen.containsKey(candidate)) {
                candidate = wanted + "-" + seen.merge(wanted, 1, Integer::sum);
            }
            seen.put(candidate, 1);
            return candidate;
        }
    }
}
