package app.stepwise.content;

import java.util.Objects;

/**
 * Something wrong with a content file, at a place a trainer can find in their editor.
 *
 * @param path     the file, relative to the content root
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column, or 0 when only the line is known
 * @param severity whether it blocks the import
 * @param message  one plain sentence (or two) that says what is wrong and how to fix it
 */
public record Problem(String path, int line, int column, Severity severity, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style form the CLI prints: {@code sales/quote.md:12:5: error: message}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT))
                .append(": ").append(message).toString();
    }
}
