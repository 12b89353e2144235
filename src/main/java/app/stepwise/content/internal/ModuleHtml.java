package app.stepwise.content.internal;

import app.stepwise.content.ProcessDoc;
import app.stepwise.content.RenderedModule;
import app.stepwise.content.RenderedSection;
import app.stepwise.content.Section;
import app.stepwise.content.SectionKind;
import app.stepwise.content.Step;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a module for the reader. The Quiz section is left out because it contains the answers (SECURITY.md: answers
 * never reach the browser before submission); Practice is left out because the practice screen shows the tasks.
 */
public final class ModuleHtml {

    private static final Set<SectionKind> NOT_FOR_READING = Set.of(SectionKind.QUIZ, SectionKind.PRACTICE);

    private ModuleHtml() {
    }

    public static RenderedModule render(ProcessDoc doc) {
        String references = referenceDefinitions(doc.source());
        List<String> stepAnchors = doc.steps().stream().map(Step::anchor).toList();
        boolean stepsRendered = false;
        List<RenderedSection> sections = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (Section section : doc.sections()) {
            if (NOT_FOR_READING.contains(section.kind())) {
                continue;
            }
            boolean carriesSteps = section.kind() == SectionKind.STEPS && !stepsRendered;
            stepsRendered |= carriesSteps;
            String markdown = section.markdown() + references;
            String html = HtmlPolicy.sanitize(carriesSteps ? MarkdownHtml.toHtml(markdown, stepAnchors)
                    : MarkdownHtml.toHtml(markdown));
            sections.add(new RenderedSection(section.kind(), section.heading(), section.anchor(), html));
            appendSection(page, section, html);
        }
        return new RenderedModule(doc.id(), doc.title(), sections, HtmlPolicy.sanitize(page.toString()));
    }

    private static void appendSection(StringBuilder page, Section section, String html) {
        page.append("<section id=\"").append(section.anchor()).append("\">");
        if (!section.heading().isEmpty()) {
            page.append("<h2>").append(escape(section.heading())).append("</h2>");
        }
        page.append(html).append("</section>\n");
    }

    /**
     * Link reference definitions ({@code [guide]: https://...}) usually sit at the end of the file, in another
     * section than the links; appending them to each section keeps those links working when sections render alone.
     */
    private static String referenceDefinitions(String source) {
        if (!source.contains("]:")) {
            return "";
        }
        StringBuilder definitions = new StringBuilder();
        for (Node node : Markdown.parse(source).getDescendants()) {
            if (node instanceof Reference reference) {
                definitions.append("\n\n").append(reference.getChars().toString().strip());
            }
        }
        return definitions.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
