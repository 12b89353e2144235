package app.stepwise.content.internal;

import java.util.Optional;
import java.util.regex.Pattern;

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
    private static final Pattern KEY_LINE = Pattern.compile("[A-Za-z0-9_-]+\\s*:");

    /**
     * Splits a file. Front matter needs {@code ---} on line 1 directly followed by content; a {@code ---} followed by
     * a blank line is a horizontal rule in a plain page. An opening without a closing line is an error only when the
     * next line looks like {@code key: value}, otherwise the whole file is Markdown.
     */
    public static FrontMatterBlock split(String text, Problems problems) {
        String[] firstLines = text.split("\n", 3);
        if (!isFence(firstLines[0], false) || firstLines.length < 2 || firstLines[1].isBlank()) {
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
        if (!KEY_LINE.matcher(firstLines[1]).lookingAt()) {
            return new FrontMatterBlock(Optional.empty(), 0, text);
        }
        problems.error(Position.lineStart(1), "The front matter starts with '---' on line 1 but has no closing '---' "
                + "line. Add a line with just '---' after the last 'key: value' line.");
        return new FrontMatterBlock(Optional.empty(), 0, text);
    }

    private static boolean isFence(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals(FENCE) || (closing && trimmed.equals("..."));
    }
}
