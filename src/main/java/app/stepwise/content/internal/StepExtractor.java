package app.stepwise.content.internal;

import app.stepwise.content.Step;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the steps: the items of the first numbered list of a Steps section, with their anchors. */
public final class StepExtractor {

    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("\\s*\\{#([^}]*)}\\s*$");
    private static final int WORDS_IN_DERIVED_ANCHOR = 6;

    private final String body;
    private final LineIndex index;
    private final Problems problems;

    /**
     * @param steps          the steps in order
     * @param removedAnchors offsets {@code [start, end)} in the body of explicit {@code {#id}} markers, which the
     *                       section's Markdown leaves out so they never show up in the reading
     */
    public record Result(List<Step> steps, List<int[]> removedAnchors) {
    }

    private record Candidate(ListItem item, ItemLines lines, Optional<String> explicitAnchor, String text) {
    }

    public StepExtractor(String body, LineIndex index, Problems problems) {
        this.body = body;
        this.index = index;
        this.problems = problems;
    }

    public Result extract(RawSection section) {
        Optional<OrderedList> list = section.blocks().stream()
                .filter(OrderedList.class::isInstance).map(OrderedList.class::cast).findFirst();
        if (list.isEmpty() || !list.get().hasChildren()) {
            problems.warning(section.at(), "The " + section.heading() + " section has no numbered list, so this "
                    + "module has no steps. Write each step as a numbered line: '1. Open the quote template'.");
            return new Result(List.of(), List.of());
        }
        List<int[]> removed = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Node child : list.get().getChildren()) {
            if (child instanceof ListItem item) {
                candidates.add(candidate(item, removed));
            }
        }
        return new Result(assignAnchors(candidates), removed);
    }

    private Candidate candidate(ListItem item, List<int[]> removed) {
        ItemLines lines = ItemLines.of(item, body, index);
        String text = Markdown.plainText(item);
        if (lines.isEmpty()) {
            return new Candidate(item, lines, Optional.empty(), text);
        }
        SourceLine first = lines.first();
        Matcher marker = EXPLICIT_ANCHOR.matcher(first.text());
        if (!marker.find()) {
            return new Candidate(item, lines, Optional.empty(), text);
        }
        int markerStart = index.lineStart(first.line()) + first.column() - 1 + marker.start();
        removed.add(new int[] {markerStart, markerStart + marker.end() - marker.start()});
        String token = marker.group().strip();
        ItemLines withoutMarker = lines.withFirstLineText(first.text().substring(0, marker.start()));
        String cleanText = Markdown.collapse(text.replace(token, " "));
        String id = marker.group(1).strip();
        if (!Slugs.isValidId(id)) {
            problems.error(index.position(markerStart + marker.group().indexOf('{')), "The step anchor '" + token
                    + "' is not valid: use lowercase letters, digits and hyphens"
                    + (Slugs.slug(id).isEmpty() ? "." : ", e.g. '{#" + Slugs.slug(id) + "}'."));
            return new Candidate(item, withoutMarker, Optional.empty(), cleanText);
        }
        return new Candidate(item, withoutMarker, Optional.of(id), cleanText);
    }

    /** Explicit anchors are placed first so a derived anchor never takes the name an author chose. */
    private List<Step> assignAnchors(List<Candidate> candidates) {
        Slugs.Deduplicator names = new Slugs.Deduplicator();
        String[] anchors = new String[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Optional<String> explicit = candidates.get(i).explicitAnchor();
            if (explicit.isPresent()) {
                anchors[i] = names.unique(explicit.get());
                if (!anchors[i].equals(explicit.get())) {
                    problems.warning(index.position(candidates.get(i).item().getStartOffset()), "The step anchor '"
                            + explicit.get() + "' is used by an earlier step too; this one became '" + anchors[i]
                            + "'. Give each step its own anchor.");
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (anchors[i] == null) {
                anchors[i] = names.unique(derivedAnchor(candidate, i + 1));
            }
            steps.add(new Step(i + 1, anchors[i], candidate.text(), candidate.lines().markdown(),
                    index.line(candidate.item().getStartOffset())));
        }
        return steps;
    }

    private static String derivedAnchor(Candidate candidate, int number) {
        String basis = boldLead(candidate.item())
                .orElseGet(() -> Slugs.firstWords(candidate.text(), WORDS_IN_DERIVED_ANCHOR));
        String slug = Slugs.slug(basis);
        return "step-" + (slug.isEmpty() ? String.valueOf(number) : slug);
    }

    /** The text of a {@code **bold**} phrase that opens the item, the author's own name for the step. */
    static Optional<String> boldLead(ListItem item) {
        if (item.getFirstChild() instanceof Paragraph paragraph
                && paragraph.getFirstChild() instanceof StrongEmphasis strong) {
            String text = Markdown.plainText(strong);
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }
}
