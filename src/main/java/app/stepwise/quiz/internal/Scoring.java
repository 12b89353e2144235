package app.stepwise.quiz.internal;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.Question;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scores one answer to one question as a credit between 0 and 1 (see docs/quiz-scoring.md):
 * <ul>
 *   <li>single choice and true/false: 1 for the correct option, else 0;</li>
 *   <li>multiple choice: (correct options chosen − wrong options chosen) ÷ correct options, never below 0,
 *       so guessing everything earns nothing and a partly right answer earns part;</li>
 *   <li>ordering: the share of neighbouring pairs the learner kept in the right order (Moodle's
 *       "relative to the next item"), so one item out of place costs little but a shuffle earns little;</li>
 *   <li>short answer: 1 when it matches an accepted answer, ignoring case and extra whitespace.</li>
 * </ul>
 * A question counts as answered correctly only with full credit.
 */
public final class Scoring {
    private Scoring() {
    }

    public static double credit(Question question, GivenAnswer answer) {
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> singleChoice(question.options(), answer.options());
            case MULTIPLE_CHOICE -> multipleChoice(question.options(), answer.options());
            case ORDERING -> ordering(question.options().size(), answer.options());
            case SHORT_ANSWER -> question.accepts(answer.text()) ? 1 : 0;
        };
    }

    public static boolean isCorrect(double credit) {
        return credit >= 1 - 1e-9;
    }

    /** Score of an attempt in percent: the mean credit over all questions, unanswered ones counting 0. */
    public static double percent(List<Double> credits) {
        return credits.isEmpty() ? 0 : 100 * credits.stream().mapToDouble(Double::doubleValue).sum() / credits.size();
    }

    public static boolean passes(double percent, int passMark) {
        return percent >= passMark - 1e-9;
    }

    private static double singleChoice(List<AnswerOption> options, List<Integer> chosen) {
        return chosen.size() == 1 && valid(options, chosen.getFirst()) && options.get(chosen.getFirst()).correct() ? 1 : 0;
    }

    private static double multipleChoice(List<AnswerOption> options, List<Integer> chosen) {
        long correctOptions = options.stream().filter(AnswerOption::correct).count();
        var distinct = new HashSet<Integer>();
        int right = 0;
        int wrong = 0;
        for (int index : chosen) {
            if (!valid(options, index) || !distinct.add(index)) {
                continue;
            }
            if (options.get(index).correct()) {
                right++;
            } else {
                wrong++;
            }
        }
        return correctOptions == 0 ? 0 : Math.max(0, (right - wrong) / (double) correctOptions);
    }

    private static double ordering(int items, List<Integer> order) {
        boolean permutation = order.size() == items
                && IntStream.range(0, items).allMatch(order::contains);
        if (!permutation || items < 2) {
            return 0;
        }
        long keptPairs = IntStream.range(0, items - 1).filter(i -> order.get(i + 1) == order.get(i) + 1).count();
        return keptPairs / (double) (items - 1);
    }

    private static boolean valid(List<AnswerOption> options, int index) {
        return index >= 0 && index < options.size();
    }
}
