package app.stepwise.content.internal;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import app.stepwise.content.Step;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one quiz question from its heading and blocks, reporting every mistake at the line that has it. */
public final class QuestionReader {

    private static final Pattern ANSWER_LINE = Pattern.compile("\\s*answer\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STEP_LINE = Pattern.compile("\\s*step\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_MARKER = Pattern.compile("(?m)^ {0,3}> ?");

    private final String body;
    private final LineIndex index;
    private final StepReferences stepReferences;
    private final Problems problems;

    public QuestionReader(String body, LineIndex index, List<Step> steps, Problems problems) {
        this.body = body;
        this.index = index;
        this.stepReferences = new StepReferences(steps);
        this.problems = problems;
    }

    /** The question, or empty when it has an error (already reported). */
    public Optional<Question> read(int number, Heading heading, List<Node> content, Slugs.Deduplicator keys) {
        String prompt = Markdown.plainText(heading);
        Position at = index.position(heading.getStartOffset());
        Parts parts = new Parts(prompt.isEmpty() ? "number " + number : "'" + prompt + "'", problems);
        if (prompt.isEmpty()) {
            parts.fail(at, "Quiz question " + number + " has an empty heading. Write the question after '### '.");
        }
        content.forEach(block -> collect(block, parts));
        Optional<QuestionType> type = new AnswerChecks(parts, index).decideType(at);
        if (type.equals(Optional.of(QuestionType.SHORT_ANSWER))) {
            parts.orderedLists.forEach(list -> parts.addBody(list.getStartOffset(), source(list)));
        }
        Optional<String> step = parts.stepReference == null ? Optional.empty() : resolveStep(parts);
        if (parts.failed || type.isEmpty()) {
            return Optional.empty();
        }
        String keyBase = Slugs.slug(prompt);
        String key = keys.unique("q-" + (keyBase.isEmpty() ? String.valueOf(number) : keyBase));
        return Optional.of(new Question(key, number, type.get(), prompt, parts.body(),
                options(type.get(), parts), parts.answers, parts.answers.stream().map(Question::normaliseAnswer)
                        .toList(), String.join("\n\n", parts.explanationChunks), step, at.line()));
    }

    private void collect(Node block, Parts parts) {
        switch (block) {
            case Paragraph paragraph -> collectParagraph(paragraph, parts);
            case BlockQuote quote -> collectExplanation(quote, parts);
            case ListBlock list -> collectList(list, parts);
            default -> parts.addBody(block.getStartOffset(), source(block));
        }
    }

    /**
     * The explanation; a {@code Step:} line written right under the quote without a blank line is, in
     * Markdown, a lazy continuation of the quote, but an author means it as the question's step.
     */
    private void collectExplanation(BlockQuote quote, Parts parts) {
        String[] lines = source(quote).split("\n");
        int firstLine = index.line(quote.getStartOffset());
        List<String> explanation = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher step = STEP_LINE.matcher(lines[i]);
            if (!lines[i].stripLeading().startsWith(">") && step.matches()) {
                parts.stepReference = step.group(1).strip();
                parts.stepAt = valuePosition(firstLine + i, 1, step, lines[i]);
            } else {
                explanation.add(lines[i]);
            }
        }
        parts.explanationChunks.add(Markdown.trimBlankLines(
                QUOTE_MARKER.matcher(String.join("\n", explanation)).replaceAll("")));
    }

    /** Splits {@code Answer:} and {@code Step:} lines out of a paragraph; the other lines are question prose. */
    private void collectParagraph(Paragraph paragraph, Parts parts) {
        List<String> prose = new ArrayList<>();
        String[] lines = source(paragraph).split("\n");
        int firstLine = index.line(paragraph.getStartOffset());
        for (int i = 0; i < lines.length; i++) {
            int lineStartColumn = i == 0 ? index.column(paragraph.getStartOffset()) : 1;
            Matcher answer = ANSWER_LINE.matcher(lines[i]);
            Matcher step = STEP_LINE.matcher(lines[i]);
            if (answer.matches()) {
                parts.answerAt = valuePosition(firstLine + i, lineStartColumn, answer, lines[i]);
                Arrays.stream(answer.group(1).split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(parts.answers::add);
                parts.answerLines++;
            } else if (step.matches()) {
                parts.stepReference = step.group(1).strip();
                parts.stepAt = valuePosition(firstLine + i, lineStartColumn, step, lines[i]);
            } else {
                prose.add(lines[i]);
            }
        }
        parts.addBody(paragraph.getStartOffset(), String.join("\n", prose));
    }

    private void collectList(ListBlock list, Parts parts) {
        long items = 0;
        long checkboxes = 0;
        for (Node child : list.getChildren()) {
            items++;
            checkboxes += child instanceof TaskListItem ? 1 : 0;
        }
        if (checkboxes > 0 && checkboxes < items) {
            parts.fail(index.position(list.getStartOffset()), "Question " + parts.name + " mixes options with "
                    + "checkboxes ('[ ]', '[x]') and items without; give every option a checkbox.");
        } else if (checkboxes > 0) {
            parts.checkboxLists.add(list);
        } else if (list instanceof OrderedList ordered) {
            parts.orderedLists.add(ordered);
        } else {
            parts.addBody(list.getStartOffset(), source(list));
        }
    }

    private Optional<String> resolveStep(Parts parts) {
        Optional<String> anchor = stepReferences.resolve(parts.stepReference);
        if (anchor.isEmpty()) {
            parts.fail(parts.stepAt, "Question " + parts.name + " refers to step '" + parts.stepReference
                    + "', but " + stepReferences.describe() + ".");
        }
        return anchor;
    }

    private List<AnswerOption> options(QuestionType type, Parts parts) {
        if (type == QuestionType.SHORT_ANSWER) {
            return List.of();
        }
        ListBlock list = type == QuestionType.ORDERING ? parts.orderedLists.getFirst() : parts.checkboxLists.getFirst();
        List<AnswerOption> options = new ArrayList<>();
        for (Node child : list.getChildren()) {
            ListItem item = (ListItem) child;
            boolean correct = type == QuestionType.ORDERING
                    || (item instanceof TaskListItem task && task.isItemDoneMarker());
            options.add(new AnswerOption(Markdown.plainText(item), ItemLines.of(item, body, index).markdown(),
                    correct));
        }
        return options;
    }

    private Position valuePosition(int line, int lineStartColumn, Matcher matcher, String text) {
        int valueStart = matcher.start(1);
        while (valueStart < text.length() && Character.isWhitespace(text.charAt(valueStart))) {
            valueStart++;
        }
        return new Position(line, lineStartColumn + valueStart);
    }

    private String source(Node node) {
        return body.substring(node.getStartOffset(), node.getEndOffset());
    }

    /** What one question is made of, gathered block by block. */
    static final class Parts {
        final String name;
        final List<String> explanationChunks = new ArrayList<>();
        final List<ListBlock> checkboxLists = new ArrayList<>();
        final List<OrderedList> orderedLists = new ArrayList<>();
        final List<String> answers = new ArrayList<>();
        int answerLines;
        Position answerAt;
        String stepReference;
        Position stepAt;
        boolean failed;
        /** Prose by source offset, so a numbered list that turns out to be prose lands in its place. */
        private final SortedMap<Integer, String> bodyChunks = new TreeMap<>();
        private final Problems problems;

        Parts(String name, Problems problems) {
            this.name = name;
            this.problems = problems;
        }

        void fail(Position at, String message) {
            failed = true;
            problems.error(at, message);
        }

        void addBody(int offset, String markdown) {
            String text = Markdown.trimBlankLines(markdown);
            if (!text.isEmpty()) {
                bodyChunks.put(offset, text);
            }
        }

        String body() {
            return String.join("\n\n", bodyChunks.values());
        }
    }
}
