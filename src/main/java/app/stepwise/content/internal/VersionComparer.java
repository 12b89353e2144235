package app.stepwise.content.internal;

import app.stepwise.content.ChangeClass;
import app.stepwise.content.ModuleMetadata;
import app.stepwise.content.PracticeTask;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionEdit;
import app.stepwise.content.Section;
import app.stepwise.content.SectionKind;
import app.stepwise.content.Step;
import app.stepwise.content.StepEdit;
import app.stepwise.content.VersionDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Builds a {@link VersionDiff}: steps, quiz, practice, reading sections and metadata, each compared on content. */
public final class VersionComparer {

    private static final Set<SectionKind> COMPARED_ELSEWHERE = Set.of(SectionKind.QUIZ, SectionKind.PRACTICE);

    private VersionComparer() {
    }

    public static VersionDiff compare(ProcessDoc older, ProcessDoc newer) {
        Matching.Result<Step> steps = Matching.match(older.steps(), newer.steps(), Step::anchor, Step::text);
        List<StepEdit> stepEdits = steps.pairs().stream()
                .filter(pair -> !same(pair.before().markdown(), pair.after().markdown()))
                .map(pair -> new StepEdit(pair.before(), pair.after())).toList();
        boolean reordered = isReordered(steps.pairs(), Step::number);
        Matching.Result<Question> questions = Matching.match(older.questions(), newer.questions(), Question::key,
                VersionComparer::questionText);
        List<QuestionEdit> questionEdits = questions.pairs().stream()
                .filter(pair -> !sameQuestion(pair.before(), pair.after()))
                .map(pair -> new QuestionEdit(pair.before(), pair.after())).toList();
        boolean quizSettingsChanged = quizSettingsChanged(older.metadata(), newer.metadata());
        boolean practiceChanged = !practiceContent(older).equals(practiceContent(newer));
        boolean stepsChanged = !steps.onlyBefore().isEmpty() || !steps.onlyAfter().isEmpty()
                || !stepEdits.isEmpty() || reordered;
        List<String> sections = changedSections(older, newer, stepsChanged);
        List<String> metadata = changedMetadata(older.metadata(), newer.metadata());
        boolean quizChanged = !questions.onlyBefore().isEmpty() || !questions.onlyAfter().isEmpty()
                || !questionEdits.isEmpty() || quizSettingsChanged;
        ChangeClass changeClass = stepsChanged || quizChanged || practiceChanged ? ChangeClass.MATERIAL
                : !sections.isEmpty() || !metadata.isEmpty() ? ChangeClass.MINOR : ChangeClass.NONE;
        return new VersionDiff(steps.onlyAfter(), steps.onlyBefore(), stepEdits, reordered, questions.onlyAfter(),
                questions.onlyBefore(), questionEdits, quizSettingsChanged, practiceChanged, sections, metadata,
                changeClass);
    }

    private static <T> boolean isReordered(List<Matching.Pair<T>> pairs, Function<T, Integer> number) {
        List<Matching.Pair<T>> byNewPosition = new ArrayList<>(pairs);
        byNewPosition.sort((a, b) -> Integer.compare(number.apply(a.after()), number.apply(b.after())));
        for (int i = 1; i < byNewPosition.size(); i++) {
            if (number.apply(byNewPosition.get(i - 1).before()) > number.apply(byNewPosition.get(i).before())) {
                return true;
            }
        }
        return false;
    }

    private static String questionText(Question question) {
        StringBuilder text = new StringBuilder(question.prompt()).append(' ').append(question.bodyMarkdown());
        question.options().forEach(option -> text.append(' ').append(option.text()));
        return text.toString();
    }

    private static boolean sameQuestion(Question a, Question b) {
        return a.type() == b.type() && same(a.prompt(), b.prompt()) && same(a.bodyMarkdown(), b.bodyMarkdown())
                && a.options().equals(b.options()) && a.normalisedAnswers().equals(b.normalisedAnswers())
                && same(a.explanationMarkdown(), b.explanationMarkdown()) && a.stepAnchor().equals(b.stepAnchor());
    }

    private static boolean quizSettingsChanged(ModuleMetadata a, ModuleMetadata b) {
        return a.passMark() != b.passMark() || !a.maxAttempts().equals(b.maxAttempts())
                || !a.cooldown().equals(b.cooldown());
    }

    private static List<List<Object>> practiceContent(ProcessDoc doc) {
        return doc.practiceTasks().stream().map(task -> List.<Object>of(Markdown.collapse(task.title()),
                Markdown.collapse(task.descriptionMarkdown()), task.evidence(), task.signOff())).toList();
    }

    /** Reading sections by kind and heading; the Steps section counts only when its steps did not change. */
    private static List<String> changedSections(ProcessDoc older, ProcessDoc newer, boolean stepsChanged) {
        Map<String, Section> before = sectionsByKey(older, stepsChanged);
        Map<String, Section> after = sectionsByKey(newer, stepsChanged);
        List<String> changed = new ArrayList<>();
        before.forEach((key, section) -> {
            Section counterpart = after.get(key);
            if (counterpart == null || !same(section.markdown(), counterpart.markdown())) {
                changed.add(label(section));
            }
        });
        after.forEach((key, section) -> {
            if (!before.containsKey(key)) {
                changed.add(label(section));
            }
        });
        return changed;
    }

    private static Map<String, Section> sectionsByKey(ProcessDoc doc, boolean stepsChanged) {
        Map<String, Section> byKey = new LinkedHashMap<>();
        for (Section section : doc.sections()) {
            if (COMPARED_ELSEWHERE.contains(section.kind()) || (stepsChanged && section.kind() == SectionKind.STEPS)) {
                continue;
            }
            String base = section.kind() + ":" + (section.kind() == SectionKind.OTHER
                    ? Markdown.collapse(section.heading()).toLowerCase(java.util.Locale.ROOT) : "");
            String key = base;
            for (int occurrence = 2; byKey.containsKey(key); occurrence++) {
                key = base + "#" + occurrence;
            }
            byKey.put(key, section);
        }
        return byKey;
    }

    private static String label(Section section) {
        return section.heading().isEmpty() ? "(introduction)" : section.heading();
    }

    private static List<String> changedMetadata(ModuleMetadata a, ModuleMetadata b) {
        List<String> changed = new ArrayList<>();
        addIfDifferent(changed, "title", a.title(), b.title());
        addIfDifferent(changed, "roles", a.roles(), b.roles());
        addIfDifferent(changed, "owner", a.owner(), b.owner());
        addIfDifferent(changed, "estimate", a.estimateMinutes(), b.estimateMinutes());
        addIfDifferent(changed, "tags", a.tags(), b.tags());
        addIfDifferent(changed, "prerequisites", a.prerequisites(), b.prerequisites());
        addIfDifferent(changed, "version-note", a.versionNote(), b.versionNote());
        return changed;
    }

    private static void addIfDifferent(List<String> changed, String key, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(key);
        }
    }

    /** Equal apart from whitespace: re-wrapping a paragraph is not a change. */
    private static boolean same(String a, String b) {
        return Markdown.collapse(a).equals(Markdown.collapse(b));
    }
}
