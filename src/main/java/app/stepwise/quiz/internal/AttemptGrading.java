package app.stepwise.quiz.internal;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.ModuleQuiz;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import java.util.List;
import java.util.Map;

/** The scores of every question of an attempt, and the attempt's percentage. */
public record AttemptGrading(List<Graded> questions, double percent, boolean passed) {

    /** One question: its credit, whether fully correct, and the answer as a trainer reads it. */
    public record Graded(Question question, GivenAnswer answer, double credit, boolean correct, String response) {
    }

    /**
     * Grades the saved answers. An ordering question left untouched counts as answered in the order shown,
     * which is never the correct one.
     */
    public static AttemptGrading of(ModuleQuiz quiz, Map<String, GivenAnswer> answers, Map<String, List<Integer>> shown) {
        var graded = quiz.questions().stream().map(question -> {
            GivenAnswer answer = answers.getOrDefault(question.key(), GivenAnswer.NONE);
            if (question.type() == QuestionType.ORDERING && answer.options().isEmpty()) {
                answer = new GivenAnswer(shown.getOrDefault(question.key(), List.of()), "");
            }
            double credit = Scoring.credit(question, answer);
            return new Graded(question, answer, credit, Scoring.isCorrect(credit), describe(question, answer));
        }).toList();
        double percent = Scoring.percent(graded.stream().map(Graded::credit).toList());
        return new AttemptGrading(graded, percent, Scoring.passes(percent, quiz.passMark()));
    }

    /** An answer in words: the chosen options' texts, the order, or the typed text. */
    public static String describe(Question question, GivenAnswer answer) {
        if (question.type() == QuestionType.SHORT_ANSWER) {
            return Question.normaliseAnswer(answer.text());
        }
        var options = question.options();
        var texts = answer.options().stream().filter(i -> i >= 0 && i < options.size())
                .map(i -> options.get(i).text());
        var sorted = question.type() == QuestionType.ORDERING ? texts : texts.sorted();
        return String.join(question.type() == QuestionType.ORDERING ? " → " : "; ", sorted.toList());
    }

    /** The correct answer in words. */
    public static String correctAnswer(Question question) {
        return switch (question.type()) {
            case SHORT_ANSWER -> question.acceptedAnswers().isEmpty() ? "" : question.acceptedAnswers().getFirst();
            case ORDERING -> String.join(" → ", question.options().stream().map(AnswerOption::text).toList());
            default -> String.join("; ", question.options().stream().filter(AnswerOption::correct)
                    .map(AnswerOption::text).toList());
        };
    }
}
