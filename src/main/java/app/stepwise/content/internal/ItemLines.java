package app.stepwise.content.internal;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The source of a list item's content as lines: the first line starts after the marker (and after a {@code [x]}
 * checkbox), later lines lose the item's indentation. Steps, options and practice tasks keep this as their Markdown,
 * so they render the same when shown on their own.
 */
public record ItemLines(List<SourceLine> lines) {

    public ItemLines {
        lines = List.copyOf(lines);
    }

    public static ItemLines of(ListItem item, String body, LineIndex index) {
        Node firstChild = item.getFirstChild();
        if (firstChild == null) {
            return new ItemLines(List.of());
        }
        int contentStart = firstChild.getStartOffset();
        int indent = contentIndent(item, index, contentStart);
        int firstLine = index.line(contentStart);
        int lastLine = index.line(Math.max(contentStart, item.getEndOffset() - 1));
        List<SourceLine> lines = new ArrayList<>();
        lines.add(new SourceLine(firstLine, index.column(contentStart), lineText(body, index, contentStart)));
        for (int line = firstLine + 1; line <= lastLine; line++) {
            String raw = lineText(body, index, index.lineStart(line));
            int removed = leadingSpaces(raw, indent);
            lines.add(new SourceLine(line, removed + 1, raw.substring(removed)));
        }
        return new ItemLines(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public SourceLine first() {
        return lines.getFirst();
    }

    public String markdown() {
        return Markdown.trimBlankLines(lines.stream().map(SourceLine::text).collect(Collectors.joining("\n")));
    }

    public ItemLines withFirstLineText(String text) {
        List<SourceLine> changed = new ArrayList<>(lines);
        SourceLine first = changed.getFirst();
        changed.set(0, new SourceLine(first.line(), first.column(), text));
        return new ItemLines(changed);
    }

    public ItemLines without(List<SourceLine> removed) {
        return new ItemLines(lines.stream().filter(line -> !removed.contains(line)).toList());
    }

    /** Where continuation lines start: the column of the checkbox or of the first content. */
    private static int contentIndent(ListItem item, LineIndex index, int contentStart) {
        int anchor = item.getMarkerSuffix().isNotNull() && !item.getMarkerSuffix().isEmpty()
                && index.line(item.getMarkerSuffix().getStartOffset()) == index.line(contentStart)
                ? item.getMarkerSuffix().getStartOffset() : contentStart;
        return index.column(anchor) - 1;
    }

    private static String lineText(String body, LineIndex index, int from) {
        int end = body.indexOf('\n', from);
        return body.substring(from, end < 0 ? body.length() : end);
    }

    private static int leadingSpaces(String line, int max) {
        int count = 0;
        while (count < max && count < line.length() && line.charAt(count) == ' ') {
            count++;
        }
        return count;
    }
}
