package app.stepwise.content;

/**
 * One section of a process doc: a {@code ##} heading and the Markdown under it, up to the next {@code #} or {@code ##}
 * heading. Text before the first such heading is an {@link SectionKind#OTHER} section with an empty heading; a leading
 * {@code # title} line is not repeated in it.
 *
 * @param kind     what the heading was recognised as
 * @param heading  the heading text as written (plain text), empty for the text before the first heading
 * @param anchor   unique within the module, {@code section-} + slug of the heading ({@code section-intro} for the
 *                 text before the first heading)
 * @param markdown the body without the heading; in a Steps section, explicit step anchors {@code {#id}} are removed
 * @param line     1-based line of the heading (of the first body line for the text before the first heading)
 */
public record Section(SectionKind kind, String heading, String anchor, String markdown, int line) {
}
