package app.stepwise.quiz;

import app.stepwise.content.ModuleQuiz;
import app.stepwise.content.Question;
import app.stepwise.content.SafeHtmlRenderer;
import app.stepwise.quiz.internal.AttemptGrading;
import app.stepwise.quiz.internal.GivenAnswer;
import app.stepwise.quiz.internal.OptionShuffle;
import app.stepwise.quiz.internal.QuizAttemptEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns attempts into what the API returns; the only place that decides what a learner gets to see. */
final class QuizPresentation {
    private QuizPresentation() {
    }

    /** The player's view: prompts, option texts in the shown order, saved answers. No correctness, no explanation. */
    static QuizSheet sheet(ModuleQuiz quiz, QuizAttemptEntity attempt) {
        var orders = attempt.optionOrder();
        var answers = attempt.answers();
        var items = quiz.questions().stream().map(question -> {
            var shown = orders.getOrDefault(question.key(), List.of());
            var options = shown.stream().map(i -> SafeHtmlRenderer.render(question.options().get(i).markdown())).toList();
            var given = answers.getOrDefault(question.key(), GivenAnswer.NONE);
            var answer = new Answer(OptionShuffle.toShown(shown, given.options()), given.text());
            return new QuizSheet.Item(question.key(), question.number(), question.type(), question.prompt(),
                    SafeHtmlRenderer.render(question.bodyMarkdown()), options, answer);
        }).toList();
        return new QuizSheet(attempt.getId(), attempt.getAttemptNo(), quiz.moduleId(), quiz.moduleTitle(),
                quiz.version(), quiz.passMark(), items);
    }

    static QuizResult result(ModuleQuiz quiz, QuizAttemptEntity attempt, String learnerName) {
        var grading = AttemptGrading.of(quiz, attempt.answers(), attempt.optionOrder());
        boolean passed = Boolean.TRUE.equals(attempt.getPassed());
        var outcomes = grading.questions().stream().map(graded -> {
            Question question = graded.question();
            var step = quiz.stepNumber(question);
            return new QuizResult.QuestionOutcome(question.number(), question.prompt(), graded.correct(), graded.credit(),
                    graded.answer().isEmpty() ? "" : graded.response(),
                    SafeHtmlRenderer.render(question.explanationMarkdown()), question.stepAnchor(),
                    step.isPresent() ? Optional.of(step.getAsInt()) : Optional.empty(),
                    passed ? Optional.of(AttemptGrading.correctAnswer(question)) : Optional.empty());
        }).toList();
        return new QuizResult(attempt.getId(), attempt.getAttemptNo(), quiz.moduleId(), quiz.moduleTitle(),
                quiz.version(), learnerName, attempt.getScorePercent(), attempt.getPassMark(), passed,
                attempt.getSubmittedAt(), outcomes);
    }

    static AttemptSummary summary(QuizAttemptEntity attempt) {
        return new AttemptSummary(attempt.getId(), attempt.getAttemptNo(), attempt.getModuleVersion(),
                attempt.getScorePercent(), Boolean.TRUE.equals(attempt.getPassed()), attempt.getSubmittedAt());
    }

    static QuizStanding standing(QuizAttemptEntity attempt) {
        boolean submitted = attempt.isSubmitted();
        return new QuizStanding(attempt.getModuleKey(), attempt.getModuleVersion(), submitted ? 1 : 0,
                submitted ? attempt.getScorePercent() : 0, submitted && Boolean.TRUE.equals(attempt.getPassed()),
                !submitted);
    }

    static QuizStanding better(QuizStanding a, QuizStanding b) {
        return new QuizStanding(a.moduleId(), a.version(), a.attempts() + b.attempts(),
                Math.max(a.bestScore(), b.bestScore()), a.passed() || b.passed(), a.inProgress() || b.inProgress());
    }

    static QuizStatistics statistics(ModuleQuiz quiz, long attempts, long passed, long learners,
                                     List<Object[]> correctness, List<Object[]> wrongResponses) {
        Map<String, long[]> counts = new HashMap<>();
        correctness.forEach(row -> counts.put((String) row[0], new long[] {number(row[1]), number(row[2])}));
        Map<String, List<MostChosenWrong.Response>> wrongByQuestion = new HashMap<>();
        wrongResponses.forEach(row -> wrongByQuestion.computeIfAbsent((String) row[0], key -> new ArrayList<>())
                .add(new MostChosenWrong.Response((String) row[1], number(row[2])))); // most frequent first
        var questions = quiz.questions().stream().map(question -> {
            long[] c = counts.getOrDefault(question.key(), new long[] {0, 0});
            var wrong = MostChosenWrong.of(question, wrongByQuestion.getOrDefault(question.key(), List.of()));
            var step = quiz.stepNumber(question);
            return new QuizStatistics.QuestionStatistics(question.number(), question.prompt(),
                    step.isPresent() ? Optional.of(step.getAsInt()) : Optional.empty(), question.stepAnchor(), c[0],
                    c[0] == 0 ? 0 : 100.0 * c[1] / c[0],
                    wrong.map(MostChosenWrong::answer), wrong.map(MostChosenWrong::count).orElse(0L));
        }).toList();
        return new QuizStatistics(quiz.moduleId(), quiz.moduleTitle(), quiz.version(), attempts, learners,
                attempts == 0 ? 0 : 100.0 * passed / attempts, questions);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
