package app.stepwise.content;

/**
 * One step: a top-level item of the first numbered list in the Steps section, nested content included.
 *
 * @param number   1-based position
 * @param anchor   stable id for deep links: explicit {@code {#id}}, else {@code step-} + slug of the leading bold phrase,
 *                 else of the first six words; made unique within the module with {@code -2}, {@code -3}
 * @param text     plain text of the whole item, whitespace collapsed, without the explicit anchor
 * @param markdown Markdown source of the item without the list marker, de-indented, without the explicit anchor
 * @param line     1-based line of the item's marker
 */
public record Step(int number, String anchor, String text, String markdown, int line) {
}
