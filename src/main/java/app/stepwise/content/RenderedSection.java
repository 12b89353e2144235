package app.stepwise.content;

/**
 * One section as the module reader shows it.
 *
 * @param kind    what the section is
 * @param heading plain text: show it as text (Vaadin components escape it), never as HTML
 * @param anchor  id for deep links to the section
 * @param html    sanitised body HTML; in the Steps section each step's {@code <li>} has {@code id} = its anchor
 */
public record RenderedSection(SectionKind kind, String heading, String anchor, String html) {
}
