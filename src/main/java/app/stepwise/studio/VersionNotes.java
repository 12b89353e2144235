package app.stepwise.studio;

import java.util.regex.Pattern;

/**
 * Puts the trainer's version note into the draft's front matter ({@code version-note}), which is where the
 * format keeps it: the published source then carries its own note, as an imported file would.
 */
final class VersionNotes {
    static final int MAX_LENGTH = 1000;
    private static final Pattern NOTE_LINE = Pattern.compile("(?m)^version-note:.*$");

    private VersionNotes() {
    }

    static String withNote(String source, String note) {
        String line = "version-note: " + ModuleTemplate.yamlText(note.replaceAll("\\s+", " "));
        int end = frontMatterEnd(source);
        if (end < 0) {
            return "---\n" + line + "\n---\n" + source;
        }
        String frontMatter = source.substring(0, end);
        var existing = NOTE_LINE.matcher(frontMatter);
        String replaced = existing.find()
                ? frontMatter.substring(0, existing.start()) + line + frontMatter.substring(existing.end())
                : frontMatter + line + "\n";
        return replaced + source.substring(end);
    }

    /** Offset of the closing {@code ---} line, or -1 when the source has no front matter. */
    static int frontMatterEnd(String source) {
        if (!source.startsWith("---\n")) {
            return -1;
        }
        var closing = Pattern.compile("(?m)^(---|\\.\\.\\.)[ \\t]*$").matcher(source);
        return closing.find(4) ? closing.start() : -1;
    }
}
