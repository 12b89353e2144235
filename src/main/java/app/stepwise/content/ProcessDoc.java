package app.stepwise.content;

import java.util.List;

/**
 * A parsed, valid process doc: the content of one module version.
 *
 * @param path          the file, relative to the content root
 * @param metadata      front matter with defaults applied
 * @param sections      all sections in document order (Quiz and Practice included, as Markdown)
 * @param steps         the steps, from the first numbered list of the first Steps section
 * @param questions     the quiz; holds the correct answers, so never send it to a browser before submission
 * @param practiceTasks the practice tasks
 * @param source        the whole file as decoded text, line endings normalised to {@code \n}
 * @param contentHash   hash of {@code source}
 */
public record ProcessDoc(
        String path,
        ModuleMetadata metadata,
        List<Section> sections,
        List<Step> steps,
        List<Question> questions,
        List<PracticeTask> practiceTasks,
        String source,
        ContentHash contentHash) implements ParsedContent {

    public ProcessDoc {
        sections = List.copyOf(sections);
        steps = List.copyOf(steps);
        questions = List.copyOf(questions);
        practiceTasks = List.copyOf(practiceTasks);
    }

    @Override
    public String id() {
        return metadata.id();
    }

    public String title() {
        return metadata.title();
    }

    /** A page with no steps, quiz or practice: read it and you are done (wiki and handbook pages). */
    public boolean isReadingOnly() {
        return steps.isEmpty() && questions.isEmpty() && practiceTasks.isEmpty();
    }
}
