package app.stepwise.content;

import app.stepwise.content.internal.VersionComparer;
import java.util.List;

/**
 * What changed between two versions of a module. Steps are matched by anchor first, then by text similarity (so a
 * renamed anchor is an edit, not a removal plus an addition); questions by key, then by similarity. Line numbers are
 * ignored: moving text down the page is no change.
 *
 * @param stepsAdded          steps only in the new version
 * @param stepsRemoved        steps only in the old version
 * @param stepsEdited         matched steps whose Markdown changed (whitespace differences ignored)
 * @param stepsReordered      matched steps are in a different order
 * @param questionsAdded      questions only in the new version
 * @param questionsRemoved    questions only in the old version
 * @param questionsEdited     matched questions whose content changed
 * @param quizSettingsChanged pass mark, max attempts or cooldown changed
 * @param practiceChanged     practice tasks added, removed or changed
 * @param sectionsChanged     headings of reading sections added, removed or reworded (the text before the first
 *                            heading is listed as "(introduction)")
 * @param metadataChanged     other front-matter keys whose value changed (title, owner, tags...)
 * @param changeClass         the suggested classification
 */
public record VersionDiff(
        List<Step> stepsAdded,
        List<Step> stepsRemoved,
        List<StepEdit> stepsEdited,
        boolean stepsReordered,
        List<Question> questionsAdded,
        List<Question> questionsRemoved,
        List<QuestionEdit> questionsEdited,
        boolean quizSettingsChanged,
        boolean practiceChanged,
        List<String> sectionsChanged,
        List<String> metadataChanged,
        ChangeClass changeClass) {

    public VersionDiff {
        stepsAdded = List.copyOf(stepsAdded);
        stepsRemoved = List.copyOf(stepsRemoved);
        stepsEdited = List.copyOf(stepsEdited);
        questionsAdded = List.copyOf(questionsAdded);
        questionsRemoved = List.copyOf(questionsRemoved);
        questionsEdited = List.copyOf(questionsEdited);
        sectionsChanged = List.copyOf(sectionsChanged);
        metadataChanged = List.copyOf(metadataChanged);
    }

    public static VersionDiff between(ProcessDoc older, ProcessDoc newer) {
        return VersionComparer.compare(older, newer);
    }

    public boolean stepsChanged() {
        return !stepsAdded.isEmpty() || !stepsRemoved.isEmpty() || !stepsEdited.isEmpty() || stepsReordered;
    }

    public boolean quizChanged() {
        return !questionsAdded.isEmpty() || !questionsRemoved.isEmpty() || !questionsEdited.isEmpty()
                || quizSettingsChanged;
    }
}
