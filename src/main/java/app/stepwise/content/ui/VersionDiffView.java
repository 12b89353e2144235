package app.stepwise.content.ui;

import app.stepwise.content.QuestionEdit;
import app.stepwise.content.Step;
import app.stepwise.content.StepEdit;
import app.stepwise.content.VersionDiff;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A version diff step by step: added, removed, edited (before and after) and reordered steps, then quiz and the rest. */
class VersionDiffView extends Div {

    VersionDiffView(VersionDiff diff, int from, int to) {
        setId("version-diff");
        addClassName("version-diff");
        add(new H4("From v" + from + " to v" + to + ": suggested " + diff.changeClass().name().toLowerCase()));
        if (!diff.stepsChanged() && !diff.quizChanged() && !diff.practiceChanged() && diff.sectionsChanged().isEmpty()
                && diff.metadataChanged().isEmpty()) {
            add(new Paragraph("No change in content between these versions."));
            return;
        }
        diff.stepsAdded().forEach(step -> add(change("added", "Step " + step.number() + " added", step.text(), null)));
        diff.stepsRemoved().forEach(step -> add(change("removed", "Step " + step.number() + " removed", step.text(), null)));
        diff.stepsEdited().forEach(edit -> add(edited(edit)));
        if (diff.stepsReordered()) {
            add(change("reordered", "Steps reordered", null, null));
        }
        diff.questionsAdded().forEach(q -> add(change("added", "Question added", q.prompt(), null)));
        diff.questionsRemoved().forEach(q -> add(change("removed", "Question removed", q.prompt(), null)));
        diff.questionsEdited().forEach(edit -> add(question(edit)));
        if (diff.quizSettingsChanged()) {
            add(change("edited", "Quiz settings changed (pass mark, attempts or cooldown)", null, null));
        }
        if (diff.practiceChanged()) {
            add(change("edited", "Practice tasks changed", null, null));
        }
        listed("Sections changed", diff.sectionsChanged());
        listed("Details changed", diff.metadataChanged());
    }

    private static Component edited(StepEdit edit) {
        Step before = edit.before();
        Step after = edit.after();
        String title = before.number() == after.number() ? "Step " + after.number() + " edited"
                : "Step " + before.number() + " edited (now step " + after.number() + ")";
        return change("edited", title, before.markdown(), after.markdown());
    }

    private static Component question(QuestionEdit edit) {
        return change("edited", "Question edited", edit.before().prompt(), edit.after().prompt());
    }

    private void listed(String title, List<String> items) {
        if (!items.isEmpty()) {
            add(change("edited", title + ": " + String.join(", ", items), null, null));
        }
    }

    /** One change: a kind badge, a title, and the text (or before and after for an edit). */
    private static Component change(String kind, String title, String before, String after) {
        var badge = new Span(kind);
        badge.addClassNames("diff-badge", "diff-" + kind);
        var head = new Div(badge, new Span(title));
        head.addClassName("diff-head");
        var item = new Div(head);
        item.addClassName("diff-item");
        if (before != null && after != null) {
            item.add(text("Before", before, "diff-before"), text("After", after, "diff-after"));
        } else if (before != null) {
            item.add(text(null, before, "diff-text"));
        }
        return item;
    }

    private static Component text(String label, String text, String className) {
        var block = new Div();
        block.addClassName(className);
        if (label != null) {
            var caption = new Span(label);
            caption.addClassName("diff-label");
            block.add(caption);
        }
        var body = new Div();
        body.setText(text);
        body.addClassName("diff-body");
        block.add(body);
        return block;
    }
}
