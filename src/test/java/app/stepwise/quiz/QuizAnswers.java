package app.stepwise.quiz;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import app.stepwise.content.SafeHtmlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Test helper: the right (or a wrong) answer to a question, in the positions a sheet shows. */
public final class QuizAnswers {
    private QuizAnswers() {
    }

    public static Answer answer(Question question, QuizSheet.Item item, boolean right) {
        if (question.type() == QuestionType.SHORT_ANSWER) {
            return Answer.text(right ? question.acceptedAnswers().getFirst() : "certainly not this");
        }
        var shownHtml = item.optionsHtml();
        var written = question.options().stream().map(o -> SafeHtmlRenderer.render(o.markdown())).toList();
        if (question.type() == QuestionType.ORDERING) {
            var positions = new ArrayList<Integer>();
            written.forEach(html -> positions.add(shownHtml.indexOf(html)));
            if (!right) {
                java.util.Collections.reverse(positions);
            }
            return Answer.choice(positions);
        }
        List<Integer> chosen = IntStream.range(0, question.options().size())
                .filter(i -> question.options().get(i).correct() == right)
                .boxed().map(i -> shownHtml.indexOf(written.get(i))).toList();
        return Answer.choice(right || question.type() == QuestionType.MULTIPLE_CHOICE ? chosen : List.of(chosen.getFirst()));
    }

    public static boolean isCorrectOption(AnswerOption option) {
        return option.correct();
    }
}
