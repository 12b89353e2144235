package app.stepwise.content.internal;

import app.stepwise.content.Question;
import app.stepwise.content.Step;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Quiz section: every {@code ###} heading opens a question and owns the blocks up to the next one. Deeper
 * headings are probably meant as questions too, so they are warned about rather than silently merged.
 */
public final class QuizExtractor {

    private static final int QUESTION_LEVEL = 3;

    private final LineIndex index;
    private final Problems problems;
    private final QuestionReader reader;

    public QuizExtractor(String body, LineIndex index, List<Step> steps, Problems problems) {
        this.index = index;
        this.problems = problems;
        this.reader = new QuestionReader(body, index, steps, problems);
    }

    public List<Question> extract(List<RawSection> quizSections) {
        List<QuestionBlock> blocks = new ArrayList<>();
        for (RawSection section : quizSections) {
            blocks.addAll(questionBlocks(section));
        }
        List<Question> questions = new ArrayList<>();
        Slugs.Deduplicator keys = new Slugs.Deduplicator();
        for (QuestionBlock block : blocks) {
            reader.read(questions.size() + 1, block.heading(), block.content(), keys).ifPresent(questions::add);
        }
        return questions;
    }

    private List<QuestionBlock> questionBlocks(RawSection section) {
        List<QuestionBlock> found = new ArrayList<>();
        Heading current = null;
        List<Node> content = new ArrayList<>();
        boolean warnedAboutLooseOptions = false;
        for (Node block : section.blocks()) {
            if (block instanceof Heading heading && heading.getLevel() == QUESTION_LEVEL) {
                addQuestion(found, current, content);
                current = heading;
                content = new ArrayList<>();
                continue;
            }
            if (block instanceof Heading heading) {
                warnAboutHeadingLevel(heading);
            }
            if (current == null && block instanceof ListBlock && !warnedAboutLooseOptions) {
                problems.warning(index.position(block.getStartOffset()), "This list in the Quiz section is not "
                        + "under a question heading, so it is ignored. Start each question with a '### ' heading.");
                warnedAboutLooseOptions = true;
            }
            content.add(block);
        }
        addQuestion(found, current, content);
        if (found.isEmpty() && !section.blocks().isEmpty()) {
            problems.warning(section.at(), "The Quiz section has no questions. Start each question with a '### ' "
                    + "heading, followed by its options or an 'Answer:' line.");
        }
        return found;
    }

    private void warnAboutHeadingLevel(Heading heading) {
        problems.warning(index.position(heading.getStartOffset()), "Quiz questions need a '###' heading; '"
                + "#".repeat(heading.getLevel()) + " " + Markdown.plainText(heading) + "' is a level-"
                + heading.getLevel() + " heading, so it was not read as a question. Change it to '### '.");
    }

    private static void addQuestion(List<QuestionBlock> found, Heading heading, List<Node> content) {
        if (heading != null) {
            found.add(new QuestionBlock(heading, content));
        }
    }

    private record QuestionBlock(Heading heading, List<Node> content) {
    }
}
