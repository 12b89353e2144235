package app.stepwise.content.internal;

import java.util.Optional;

/**
 * A file cut into its YAML front matter and its Markdown body. The body keeps the front-matter lines as empty lines,
 * so offsets in it map to the same line and column numbers as in the file.
 *
 * @param yaml          the text between the {@code ---} lines, if the file has front matter
 * @param firstYamlLine 1-based file line of the first YAML line
 * @param body          the Markdown, same line count as the file
 */
public record FrontMatterBlock(Optional<String> yaml, int firstYamlLine, String body) {

    private static final String FENCE = "---";

    /** Splits a file; an opening {@code ---} without a closing line is reported and the whole file is the body. */
    public static FrontMatterBlock split(String text, Problems problems) {
        if (!isFence(firstLine(text), false)) {
            return new FrontMatterBlock(Optional.empty(), 0, text);
        }
        int lineStart = text.indexOf('\n') + 1;
        int lineNumber = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (isFence(line, true)) {
                String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                String body = "\n".repeat(lineNumber) + (lineEnd < 0 ? "" : text.substring(lineEnd + 1));
                return new FrontMatterBlock(Optional.of(yaml), 2, body);
            }
            lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
            lineNumber++;
        }
        problems.error(Position.lineStart(1), "The front matter starts with '---' on line 1 but has no closing '---' "
                + "line. Add a line with just '---' after the last 'key: value' line.");
        return new FrontMatterBlock(Optional.empty(), 0, text);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals(FENCE) || (closing && trimmed.equals("..."));
    }
}
