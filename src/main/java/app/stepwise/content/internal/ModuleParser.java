package app.stepwise.content.internal;

import app.stepwise.content.ContentHash;
import app.stepwise.content.ModuleMetadata;
import app.stepwise.content.PracticeTask;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Question;
import app.stepwise.content.Section;
import app.stepwise.content.SectionKind;
import app.stepwise.content.Step;
import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses one process doc: front matter, sections, steps, quiz and practice. */
final class ModuleParser {

    private ModuleParser() {
    }

    static ParsedFile parse(String path, String text, Problems problems) {
        FrontMatterBlock block = FrontMatterBlock.split(text, problems);
        Optional<FrontMatter> frontMatter = FrontMatter.read(block, problems);
        FieldReader fields = new FieldReader(frontMatter.orElse(FrontMatter.empty()), problems);
        String body = block.body();
        LineIndex index = new LineIndex(body);
        Document document = Markdown.parse(body);
        List<RawSection> rawSections = SectionSplitter.split(document, body, index);

        StepExtractor.Result steps = extractSteps(rawSections, body, index, problems);
        List<Question> questions = new QuizExtractor(body, index, steps.steps(), problems)
                .extract(ofKind(rawSections, SectionKind.QUIZ));
        List<PracticeTask> practice = new PracticeExtractor(body, index, problems)
                .extract(ofKind(rawSections, SectionKind.PRACTICE));
        ModuleMetadata metadata = ModuleMetadataReader.read(fields, path,
                SectionSplitter.firstHeadingText(document), problems);
        if (frontMatter.isEmpty()) {
            return new ParsedFile(path, problems, Optional.empty(), fields);
        }
        List<Section> sections = sections(rawSections, body, steps.removedAnchors());
        ProcessDoc doc = new ProcessDoc(path, metadata, sections, steps.steps(), questions, practice, text,
                ContentHash.of(text));
        return new ParsedFile(path, problems, Optional.of(doc), fields);
    }

    /** Steps come from the first Steps section; sections are in any order, so steps are read before the quiz. */
    private static StepExtractor.Result extractSteps(List<RawSection> sections, String body, LineIndex index,
            Problems problems) {
        List<RawSection> stepSections = ofKind(sections, SectionKind.STEPS);
        if (stepSections.isEmpty()) {
            return new StepExtractor.Result(List.of(), List.of());
        }
        for (RawSection extra : stepSections.subList(1, stepSections.size())) {
            problems.warning(extra.at(), "This is a second steps section ('" + extra.heading() + "'); only the "
                    + "first one's numbered list becomes the module's steps. Merge them or rename this heading.");
        }
        return new StepExtractor(body, index, problems).extract(stepSections.getFirst());
    }

    private static List<Section> sections(List<RawSection> rawSections, String body, List<int[]> removedAnchors) {
        Slugs.Deduplicator anchors = new Slugs.Deduplicator();
        List<Section> sections = new ArrayList<>();
        for (RawSection raw : rawSections) {
            String slug = raw.heading().isEmpty() ? "intro" : Slugs.slug(raw.heading());
            String anchor = anchors.unique("section-" + (slug.isEmpty() ? String.valueOf(sections.size() + 1) : slug));
            String markdown = Markdown.trimBlankLines(withoutRanges(body, raw.bodyStart(), raw.bodyEnd(),
                    removedAnchors));
            sections.add(new Section(raw.kind(), raw.heading(), anchor, markdown, raw.at().line()));
        }
        return sections;
    }

    private static String withoutRanges(String body, int start, int end, List<int[]> ranges) {
        StringBuilder out = new StringBuilder();
        int position = start;
        for (int[] range : ranges) {
            if (range[0] >= start && range[1] <= end) {
                out.append(body, position, range[0]);
                position = range[1];
            }
        }
        return out.append(body, position, end).toString();
    }

    private static List<RawSection> ofKind(List<RawSection> sections, SectionKind kind) {
        return sections.stream().filter(section -> section.kind() == kind).toList();
    }
}
