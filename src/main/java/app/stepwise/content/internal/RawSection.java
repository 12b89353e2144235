package app.stepwise.content.internal;

import app.stepwise.content.SectionKind;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/**
 * A section as cut from the Flexmark tree, before it becomes a {@link app.stepwise.content.Section}.
 *
 * @param kind      recognised kind
 * @param heading   plain heading text; empty for text before the first heading
 * @param at        position of the heading (or of the first block)
 * @param blocks    the top-level blocks under the heading
 * @param bodyStart offset in the body where the section's content starts
 * @param bodyEnd   offset where it ends
 */
public record RawSection(SectionKind kind, String heading, Position at, List<Node> blocks, int bodyStart,
        int bodyEnd) {

    public RawSection {
        blocks = List.copyOf(blocks);
    }
}
