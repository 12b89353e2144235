package app.stepwise.content.internal;

import app.stepwise.content.SectionKind;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a document into sections at every level-1 and level-2 heading. A level-1 heading that opens the document is
 * the title and belongs to no section; text before the first section heading becomes an untitled reading section.
 */
public final class SectionSplitter {

    private SectionSplitter() {
    }

    public static List<RawSection> split(Document document, String body, LineIndex index) {
        List<RawSection> sections = new ArrayList<>();
        Optional<Heading> title = titleHeading(document);
        int start = title.map(heading -> lineEnd(body, heading.getEndOffset())).orElse(0);
        Heading current = null;
        List<Node> blocks = new ArrayList<>();
        for (Node block : document.getChildren()) {
            if (title.isPresent() && block == title.get()) {
                continue;
            }
            if (block instanceof Heading heading && heading.getLevel() <= 2) {
                addSection(sections, current, blocks, start, heading.getStartOffset(), index);
                current = heading;
                blocks = new ArrayList<>();
                start = lineEnd(body, heading.getEndOffset());
            } else {
                blocks.add(block);
            }
        }
        addSection(sections, current, blocks, start, body.length(), index);
        return sections;
    }

    /** The text of the first heading of any level, the default title. */
    public static Optional<String> firstHeadingText(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String text = Markdown.plainText(heading);
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private static void addSection(List<RawSection> sections, Heading heading, List<Node> blocks, int start, int end,
            LineIndex index) {
        if (heading == null) {
            if (!blocks.isEmpty()) {
                sections.add(new RawSection(SectionKind.OTHER, "", index.position(blocks.getFirst().getStartOffset()),
                        blocks, start, end));
            }
            return;
        }
        String text = Markdown.plainText(heading);
        sections.add(new RawSection(SectionKinds.classify(heading.getLevel(), text), text,
                index.position(heading.getStartOffset()), blocks, start, end));
    }

    private static Optional<Heading> titleHeading(Document document) {
        return document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1
                ? Optional.of(heading) : Optional.empty();
    }

    private static int lineEnd(String body, int offset) {
        int newline = body.indexOf('\n', Math.max(0, offset - 1));
        return newline < 0 ? body.length() : newline + 1;
    }
}
