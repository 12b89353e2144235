package app.stepwise.search.internal;

import app.stepwise.content.ModuleReading;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.ReadingStep;
import app.stepwise.content.RenderedSection;
import app.stepwise.content.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts a module's current version into index units: the module, each reading section, each step. */
final class ModuleUnits {
    private static final int LEAD_WORDS = 8;
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern LINE_BREAK = Pattern.compile(" ?\\n[\\s]*");

    private ModuleUnits() {
    }

    static List<IndexedUnit> of(ModuleSummary summary, ModuleReading reading, Map<String, String> roleTitles) {
        var units = new ArrayList<IndexedUnit>();
        var roles = summary.roles();
        var tags = summary.tags();
        String objective = reading.sections().stream().filter(s -> s.kind() == SectionKind.OBJECTIVE)
                .map(s -> text(s.html())).reduce((a, b) -> a + "\n" + b).orElse("");
        String meta = String.join(". ", List.of(summary.owner() == null ? "" : "Owner: " + summary.owner(),
                "Roles: " + String.join(", ", roles.stream().map(r -> roleTitles.getOrDefault(r, r)).toList()),
                "Tags: " + String.join(", ", tags)));
        units.add(new IndexedUnit(IndexedUnit.Kind.MODULE, reading.id(), reading.title(), reading.version(), "", "",
                "", objective, meta, roles, tags, summary.sourcePath()));
        for (RenderedSection section : reading.sections()) {
            if (section.kind() == SectionKind.OBJECTIVE) {
                continue; // the module unit carries it
            }
            String heading = section.heading().isBlank() ? "Introduction" : section.heading();
            units.add(new IndexedUnit(IndexedUnit.Kind.SECTION, reading.id(), reading.title(), reading.version(),
                    section.anchor(), heading, heading, text(section.html()), "", roles, tags, summary.sourcePath()));
        }
        for (ReadingStep step : reading.steps()) {
            String lead = lead(step.text());
            units.add(new IndexedUnit(IndexedUnit.Kind.STEP, reading.id(), reading.title(), reading.version(),
                    step.anchor(), "Step " + step.number() + ": " + lead, lead, step.text(), "", roles, tags,
                    summary.sourcePath()));
        }
        return units;
    }

    /**
     * The text of rendered HTML, a line per block (paragraph, list item, heading, table row), so that
     * a snippet of a list is the item that matched, not the whole list run together.
     */
    static String text(String html) {
        var out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    out.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return LINE_BREAK.matcher(SPACES.matcher(out).replaceAll(" ")).replaceAll("\n").strip();
    }

    /** The step's first sentence when it is short (usually its bold lead), else its first words. */
    static String lead(String text) {
        int end = text.indexOf(". ");
        if (end > 0 && end <= 80) {
            return text.substring(0, end);
        }
        if (text.endsWith(".") && text.length() <= 81) {
            return text.substring(0, text.length() - 1);
        }
        var words = text.split("\\s+");
        return words.length <= LEAD_WORDS ? text : String.join(" ", java.util.Arrays.copyOf(words, LEAD_WORDS)) + "…";
    }
}
