package app.stepwise.content.internal;

import app.stepwise.content.QuestionType;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Decides a question's type from what its author wrote, and checks the answers fit that type. */
final class AnswerChecks {

    private static final Set<String> TRUE_FALSE = Set.of("true", "false");

    private final QuestionReader.Parts parts;
    private final LineIndex index;

    AnswerChecks(QuestionReader.Parts parts, LineIndex index) {
        this.parts = parts;
        this.index = index;
    }

    Optional<QuestionType> decideType(Position questionAt) {
        if (parts.failed) {
            return Optional.empty();
        }
        if (parts.checkboxLists.size() > 1) {
            return severalOptionLists();
        }
        if (parts.answerLines > 0) {
            return shortAnswer();
        }
        if (parts.checkboxLists.size() == 1) {
            return choice(parts.checkboxLists.getFirst(), questionAt);
        }
        if (!parts.orderedLists.isEmpty()) {
            return ordering();
        }
        return fail(questionAt, "Question " + parts.name + " has no answer options and no 'Answer:' line. Add "
                + "options such as '1. [x] right answer' and '1. [ ] wrong answer', or a line 'Answer: ...'.");
    }

    private Optional<QuestionType> severalOptionLists() {
        ListBlock first = parts.checkboxLists.get(0);
        ListBlock second = parts.checkboxLists.get(1);
        Position at = index.position(second.getStartOffset());
        if ((first instanceof OrderedList) != (second instanceof OrderedList)) {
            return fail(at, "Question " + parts.name + " mixes numbered options ('1. [x]', one right answer) with "
                    + "bulleted options ('- [x]', several right answers). Use one style for all its options.");
        }
        return fail(at, "Question " + parts.name + " has two separate lists of options. Put all its options in "
                + "one list, with no text between them.");
    }

    private Optional<QuestionType> shortAnswer() {
        if (!parts.checkboxLists.isEmpty()) {
            return fail(parts.answerAt, "Question " + parts.name + " has both options and an 'Answer:' line. "
                    + "Use options for a choice question, or the 'Answer:' line for a typed answer, not both.");
        }
        if (parts.answers.isEmpty()) {
            return fail(parts.answerAt, "The 'Answer:' line of question " + parts.name + " is empty. Write the "
                    + "accepted answers after it, separated by '|': 'Answer: net 30 | 30 days'.");
        }
        return Optional.of(QuestionType.SHORT_ANSWER);
    }

    private Optional<QuestionType> choice(ListBlock list, Position questionAt) {
        List<TaskListItem> correct = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Node child : list.getChildren()) {
            TaskListItem item = (TaskListItem) child;
            String text = Markdown.plainText(item);
            if (text.isEmpty()) {
                return fail(index.position(item.getStartOffset()), "An option of question " + parts.name
                        + " is empty. Write the option's text after the checkbox.");
            }
            texts.add(text.toLowerCase(Locale.ROOT));
            if (item.isItemDoneMarker()) {
                correct.add(item);
            }
        }
        if (texts.size() < 2) {
            return fail(index.position(list.getStartOffset()), "Question " + parts.name + " has only one option. "
                    + "Give at least two options to choose from.");
        }
        if (correct.isEmpty()) {
            return fail(questionAt, "Question " + parts.name + " has no correct answer. Mark the right option "
                    + "with [x] instead of [ ].");
        }
        if (!(list instanceof OrderedList)) {
            return Optional.of(QuestionType.MULTIPLE_CHOICE);
        }
        if (correct.size() > 1) {
            TaskListItem extra = correct.get(1);
            return fail(index.position(extra.getMarkerSuffix().getStartOffset()), "Question " + parts.name
                    + " has one right answer (its options are numbered, '1. [x]'), but more than one option is "
                    + "marked [x]. Mark exactly one, or use '- [x]' options for several right answers.");
        }
        boolean trueFalse = texts.size() == 2 && Set.copyOf(texts).equals(TRUE_FALSE);
        return Optional.of(trueFalse ? QuestionType.TRUE_FALSE : QuestionType.SINGLE_CHOICE);
    }

    private Optional<QuestionType> ordering() {
        if (parts.orderedLists.size() > 1) {
            return fail(index.position(parts.orderedLists.get(1).getStartOffset()), "Question " + parts.name
                    + " has two numbered lists. An ordering question has one list, written in the right order.");
        }
        OrderedList list = parts.orderedLists.getFirst();
        int items = 0;
        for (Node ignored : list.getChildren()) {
            items++;
        }
        if (items < 2) {
            return fail(index.position(list.getStartOffset()), "Question " + parts.name + " is an ordering "
                    + "question (a numbered list without checkboxes) but has only one item. List at least two "
                    + "items in the right order, or add checkboxes to make it a choice question.");
        }
        return Optional.of(QuestionType.ORDERING);
    }

    private Optional<QuestionType> fail(Position at, String message) {
        parts.fail(at, message);
        return Optional.empty();
    }
}
