package app.stepwise.content.internal.export;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Stored source paths become file names only when they are plainly relative: no way out of the export folder. */
final class ExportPaths {
    private static final Pattern SEGMENT = Pattern.compile("[^/\\\\:\\x00-\\x1f]+");

    private ExportPaths() {
    }

    /** The path as written, or empty when it is absolute, climbs with "..", or has odd characters. */
    static Optional<String> safe(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.length() > 500) {
            return Optional.empty();
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /** Case-insensitive key, so two paths that differ only in case cannot overwrite each other on Windows or macOS. */
    static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
