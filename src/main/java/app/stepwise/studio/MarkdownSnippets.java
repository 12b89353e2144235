package app.stepwise.studio;

import app.stepwise.content.SectionHeadings;
import app.stepwise.content.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Inserts a block into a draft where it belongs: in its section (created, in the conventional order, when
 * missing), after the item or question the cursor is in when the cursor is in that section, else at the
 * section's end. Works on text that does not parse, line by line; code fences and front matter are skipped.
 */
public final class MarkdownSnippets {
    private static final List<SectionKind> ORDER = List.of(SectionKind.OBJECTIVE, SectionKind.ROLES, SectionKind.TOOLS,
            SectionKind.STEPS, SectionKind.SNAGS, SectionKind.DELIVERABLE, SectionKind.KPIS, SectionKind.QUIZ,
            SectionKind.PRACTICE);
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,9}[.)]|[-*+])[ \\t].*");
    private static final Pattern QUESTION = Pattern.compile("^###[ \\t].*");
    private static final Pattern SECTION_HEADING = Pattern.compile("^(#{1,2})[ \\t]+(.*?)[ \\t#]*$");

    /** The new text and where the inserted block starts, to put the cursor there. */
    public record Insertion(String text, int caret) {
    }

    private MarkdownSnippets() {
    }

    /** Inserts a snippet; {@code cursor} is a character offset into {@code source}, or -1 when unknown. */
    public static Insertion insert(String source, int cursor, Snippet snippet) {
        return insert(source, cursor, snippet.section(), snippet.isQuestion(), withStepLine(source, snippet));
    }

    /** Adds a whole question (a suggested one) at the end of the Quiz section. */
    public static Insertion appendQuestion(String source, String questionMarkdown) {
        return insert(source, -1, SectionKind.QUIZ, true, questionMarkdown.strip());
    }

    private static Insertion insert(String source, int cursor, SectionKind kind, boolean question, String block) {
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        List<Heading> headings = headings(lines);
        Heading target = headings.stream().filter(h -> h.kind == kind).findFirst().orElse(null);
        List<String> blockLines = List.of(block.split("\n", -1));
        if (target == null) {
            return createSection(lines, headings, kind, blockLines);
        }
        int sectionEnd = headings.stream().filter(h -> h.line > target.line).mapToInt(h -> h.line).min().orElse(lines.size());
        int lastContent = sectionEnd - 1;
        while (lastContent > target.line && lines.get(lastContent).isBlank()) {
            lastContent--;
        }
        int at = lastContent + 1;
        int cursorLine = lineOf(source, cursor);
        if (cursorLine > target.line && cursorLine < sectionEnd) {
            Pattern boundary = question ? QUESTION : ITEM;
            for (int line = cursorLine + 1; line <= lastContent; line++) {
                if (boundary.matcher(lines.get(line)).matches()) {
                    at = line;
                    break;
                }
            }
        }
        List<String> inserted = new ArrayList<>(blockLines);
        boolean blankBefore = question || at == target.line + 1;
        if (blankBefore && !lines.get(at - 1).isBlank()) {
            inserted.addFirst("");
        }
        if (question && at < lines.size() && !lines.get(at).isBlank()) {
            inserted.add("");
        }
        return splice(lines, at, inserted, inserted.getFirst().isEmpty() ? 1 : 0);
    }

    private static Insertion createSection(List<String> lines, List<Heading> headings, SectionKind kind, List<String> block) {
        int rank = ORDER.indexOf(kind);
        int at = headings.stream().filter(h -> h.kind != null && ORDER.indexOf(h.kind) > rank).mapToInt(h -> h.line)
                .min().orElse(lines.size());
        boolean atEnd = at == lines.size();
        if (atEnd && lines.getLast().isEmpty()) {
            at--; // keep the file's final newline last
        }
        List<String> inserted = new ArrayList<>();
        if (at > 0 && !lines.get(at - 1).isBlank()) {
            inserted.add("");
        }
        inserted.add("## " + heading(kind));
        inserted.add("");
        int offset = inserted.size();
        inserted.addAll(block);
        inserted.add("");
        return splice(lines, at, inserted, offset);
    }

    private static Insertion splice(List<String> lines, int at, List<String> inserted, int blockOffset) {
        int caret = 0;
        for (int i = 0; i < at; i++) {
            caret += lines.get(i).length() + 1;
        }
        for (int i = 0; i < blockOffset; i++) {
            caret += inserted.get(i).length() + 1;
        }
        lines.addAll(at, inserted);
        return new Insertion(String.join("\n", lines), caret);
    }

    private static String heading(SectionKind kind) {
        return switch (kind) {
            case KPIS -> "KPIs";
            default -> kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A question tests a step: point it at the first one when the draft has a Steps section. */
    private static String withStepLine(String source, Snippet snippet) {
        boolean hasSteps = headings(List.of(source.split("\n", -1))).stream().anyMatch(h -> h.kind == SectionKind.STEPS);
        return snippet.isQuestion() && hasSteps ? snippet.markdown() + "\nStep: 1" : snippet.markdown();
    }

    private static int lineOf(String source, int cursor) {
        if (cursor < 0) {
            return -1;
        }
        int line = 0;
        for (int i = 0; i < Math.min(cursor, source.length()); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A {@code #} or {@code ##} heading line; {@code kind} is null for a level-1 heading. */
    private record Heading(int line, SectionKind kind) {
    }

    private static List<Heading> headings(List<String> lines) {
        List<Heading> headings = new ArrayList<>();
        int start = frontMatterLines(lines);
        String fence = null;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (fence != null) {
                fence = trimmed.startsWith(fence) ? null : fence;
                continue;
            }
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fence = trimmed.substring(0, 3);
                continue;
            }
            var heading = SECTION_HEADING.matcher(line);
            if (heading.matches()) {
                headings.add(new Heading(i, heading.group(1).length() == 1 ? null : SectionHeadings.kindOf(heading.group(2))));
            }
        }
        return headings;
    }

    private static int frontMatterLines(List<String> lines) {
        if (lines.isEmpty() || !lines.getFirst().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
                return i + 1;
            }
        }
        return 0;
    }
}
