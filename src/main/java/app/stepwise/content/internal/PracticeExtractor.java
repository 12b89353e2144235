package app.stepwise.content.internal;

import app.stepwise.content.Evidence;
import app.stepwise.content.PracticeTask;
import app.stepwise.content.SignOff;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads practice tasks: top-level {@code - [ ]} items of the Practice section, with optional {@code Evidence:} and
 * {@code Sign-off:} lines nested in the item (as plain lines or as a nested list).
 */
public final class PracticeExtractor {

    private static final Pattern SETTING_LINE = Pattern.compile(
            "\\s*(?:[-*+]\\s+)?(evidence|sign-off|signoff|sign off)\\s*:\\s*(.*?)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD_LEAD = Pattern.compile("(\\*\\*|__)(.+?)\\1\\s*[:.\\-–—]?\\s*(.*)",
            Pattern.DOTALL);
    private static final Pattern FIRST_SENTENCE = Pattern.compile("(.+?[.!?])(?:\\s+(.*))?", Pattern.DOTALL);

    private final String body;
    private final LineIndex index;
    private final Problems problems;

    public PracticeExtractor(String body, LineIndex index, Problems problems) {
        this.body = body;
        this.index = index;
        this.problems = problems;
    }

    public List<PracticeTask> extract(List<RawSection> practiceSections) {
        List<PracticeTask> tasks = new ArrayList<>();
        for (RawSection section : practiceSections) {
            for (Node block : section.blocks()) {
                if (block instanceof ListBlock list) {
                    for (Node child : list.getChildren()) {
                        if (child instanceof TaskListItem item) {
                            task(tasks.size() + 1, item).ifPresent(tasks::add);
                        } else {
                            problems.warning(index.position(child.getStartOffset()), "This list item is not a practice "
                                    + "task, so learners never see it: write it as '- [ ] ...'.");
                        }
                    }
                } else {
                    // learners see the tasks only: text around them would vanish without a word
                    problems.warning(index.position(block.getStartOffset()), "Only task items ('- [ ] ...') count in "
                            + "the Practice section; this text is not shown to learners. Move it into a task's "
                            + "description or another section.");
                }
            }
        }
        return tasks;
    }

    private Optional<PracticeTask> task(int number, TaskListItem item) {
        ItemLines lines = ItemLines.of(item, body, index);
        Evidence evidence = Evidence.TEXT;
        SignOff signOff = SignOff.TRAINER;
        List<SourceLine> settings = new ArrayList<>();
        for (SourceLine line : lines.lines().subList(Math.min(1, lines.lines().size()), lines.lines().size())) {
            Matcher setting = SETTING_LINE.matcher(line.text());
            if (!setting.matches()) {
                continue;
            }
            settings.add(line);
            Position at = new Position(line.line(), line.column() + setting.start(2));
            if (setting.group(1).toLowerCase(Locale.ROOT).equals("evidence")) {
                evidence = parseSetting(Evidence.class, setting.group(2), at, "Evidence", "text, link or file",
                        evidence);
            } else {
                signOff = parseSetting(SignOff.class, setting.group(2), at, "Sign-off", "trainer or none", signOff);
            }
        }
        String markdown = lines.without(settings).markdown();
        if (markdown.isEmpty()) {
            problems.error(index.position(item.getStartOffset()), "Practice task " + number + " is empty. Describe "
                    + "what the learner should do after '- [ ]'.");
            return Optional.empty();
        }
        String[] titleAndRest = splitTitle(markdown);
        return Optional.of(new PracticeTask(number, Markdown.plainText(titleAndRest[0]), titleAndRest[1], evidence,
                signOff, index.line(item.getStartOffset())));
    }

    private <E extends Enum<E>> E parseSetting(Class<E> type, String value, Position at, String name,
            String allowed, E fallback) {
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        problems.error(at, name + " must be " + allowed + "; '" + value.strip() + "' is not one of them.");
        return fallback;
    }

    /** Title from a leading bold phrase, else the first sentence of the first paragraph; the rest is description. */
    static String[] splitTitle(String markdown) {
        Matcher bold = BOLD_LEAD.matcher(markdown);
        if (bold.matches()) {
            return new String[] {bold.group(2).strip(), Markdown.trimBlankLines(bold.group(3))};
        }
        int paragraphEnd = markdown.indexOf("\n\n");
        String firstParagraph = paragraphEnd < 0 ? markdown : markdown.substring(0, paragraphEnd);
        String afterParagraph = paragraphEnd < 0 ? "" : markdown.substring(paragraphEnd);
        Matcher sentence = FIRST_SENTENCE.matcher(firstParagraph);
        if (sentence.matches()) {
            String rest = sentence.group(2) == null ? "" : sentence.group(2);
            return new String[] {sentence.group(1).strip(), Markdown.trimBlankLines(rest + afterParagraph)};
        }
        return new String[] {firstParagraph.strip(), Markdown.trimBlankLines(afterParagraph)};
    }
}
