package app.stepwise.content.internal.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a decoded entry name into a clean relative path ({@code a/b.md}, folders ending in {@code /}), or rejects
 * the archive if the name could point anywhere else. Nothing is written to disk, but these paths become module ids
 * and may be written out by someone else later, so they are held to the rules an extractor would need.
 */
final class EntryPaths {

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:");

    private EntryPaths() {
    }

    static String normalise(String name, ArchiveLimits limits) {
        String shown = EntryNames.display(name);
        if (name.codePoints().anyMatch(EntryNames::isControl)) {
            throw Rejections.controlCharacters(shown);
        }
        if (name.length() > limits.maxPathLength()) {
            throw Rejections.nameTooLong(shown, limits.maxPathLength());
        }
        // Windows tools write backslashes, and an extractor on Windows would honour them as separators.
        String slashed = name.replace('\\', '/');
        if (slashed.startsWith("/") || WINDOWS_DRIVE.matcher(slashed).find()) {
            throw Rejections.absolutePath(shown);
        }
        boolean folder = slashed.endsWith("/");
        List<String> segments = meaningfulSegments(slashed, shown);
        if (segments.isEmpty() && !folder) {
            throw Rejections.unreadableName();
        }
        int depth = folder ? segments.size() : segments.size() - 1;
        if (depth > limits.maxDepth()) {
            throw Rejections.tooDeep(shown, limits.maxDepth());
        }
        return String.join("/", segments) + (folder && !segments.isEmpty() ? "/" : "");
    }

    /** Drops empty and {@code .} segments; any parent reference rejects, even one that would stay inside. */
    private static List<String> meaningfulSegments(String slashed, String shown) {
        List<String> segments = new ArrayList<>();
        for (String segment : slashed.split("/")) {
            if (isParentReference(segment)) {
                throw Rejections.outsideFolder(shown);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /** {@code ..}, and also {@code ...} or {@code .. }, which Windows trims to {@code ..} in some APIs. */
    private static boolean isParentReference(String segment) {
        boolean onlyDotsAndSpaces = !segment.isEmpty() && segment.chars().allMatch(c -> c == '.' || c == ' ');
        return onlyDotsAndSpaces && segment.chars().filter(c -> c == '.').count() >= 2;
    }
}
