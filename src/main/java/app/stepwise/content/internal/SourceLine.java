package app.stepwise.content.internal;

/**
 * One line of a list item's content after de-indenting.
 *
 * @param line   1-based file line
 * @param column 1-based file column where {@code text} starts
 * @param text   the line without the item's indentation (and without the list marker on the first line)
 */
public record SourceLine(int line, int column, String text) {
}
