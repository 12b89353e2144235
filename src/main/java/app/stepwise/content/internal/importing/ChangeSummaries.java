package app.stepwise.content.internal.importing;

import app.stepwise.content.Step;
import app.stepwise.content.VersionDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One line a trainer reads in the version history: what changed between two versions. */
public final class ChangeSummaries {
    private ChangeSummaries() {
    }

    public static String of(VersionDiff diff) {
        var parts = new ArrayList<String>();
        steps(parts, "step added", "steps added", diff.stepsAdded());
        steps(parts, "step removed", "steps removed", diff.stepsRemoved());
        steps(parts, "step edited", "steps edited", diff.stepsEdited().stream().map(e -> e.after()).toList());
        if (diff.stepsReordered()) {
            parts.add("steps reordered");
        }
        count(parts, diff.questionsAdded().size(), "question added", "questions added");
        count(parts, diff.questionsRemoved().size(), "question removed", "questions removed");
        count(parts, diff.questionsEdited().size(), "question edited", "questions edited");
        if (diff.quizSettingsChanged()) {
            parts.add("quiz settings changed");
        }
        if (diff.practiceChanged()) {
            parts.add("practice tasks changed");
        }
        if (!diff.sectionsChanged().isEmpty()) {
            parts.add("wording in " + String.join(", ", diff.sectionsChanged()));
        }
        if (!diff.metadataChanged().isEmpty()) {
            parts.add("details changed: " + String.join(", ", diff.metadataChanged()));
        }
        return parts.isEmpty() ? "formatting only" : String.join("; ", parts);
    }

    private static void steps(List<String> parts, String one, String many, List<Step> steps) {
        if (!steps.isEmpty()) {
            parts.add(steps.size() + " " + (steps.size() == 1 ? one : many) + " ("
                    + steps.stream().map(s -> s.number() + ". " + shorten(s.text())).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static void count(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
