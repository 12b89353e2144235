package app.stepwise.quiz.ui;

import app.stepwise.quiz.QuizResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/**
 * A submitted attempt: the score against the pass mark, then each question with the learner's answer,
 * the explanation and a link to the step it teaches, in question order so they match the quiz the learner took.
 */
final class ResultPanel extends Div {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    ResultPanel(QuizResult result) {
        addClassName("quiz-result");
        setId("quiz-result");
        add(summary(result));
        result.questions().stream().sorted(Comparator.comparingInt(QuizResult.QuestionOutcome::number))
                .forEach(q -> add(outcome(result, q)));
    }

    /** Puts something (the next action) right under the score card, above the questions. */
    void addBelowScore(Component component) {
        addComponentAtIndex(1, component);
    }

    static String percent(double score) {
        return (int) Math.floor(score + 1e-9) + "%"; // never round 79.6 up to a pass-looking 80
    }

    private static Div summary(QuizResult result) {
        var score = new Span(percent(result.scorePercent()));
        score.addClassName("quiz-score");
        score.setId("quiz-score");
        var verdict = new Span(result.passed() ? "Passed" : "Not passed yet");
        verdict.getElement().getThemeList().add("badge " + (result.passed() ? "success" : "error"));
        verdict.setId("quiz-verdict");
        var facts = new Paragraph("Attempt " + result.attemptNo() + " · pass mark " + result.passMark() + "% · "
                + result.outcomeSummary() + " · "
                + WHEN.format(result.submittedAt().atZone(ZoneId.systemDefault())));
        var summary = new Div(new Div(score, verdict), facts);
        summary.addClassNames("card", "quiz-summary", result.passed() ? "passed" : "failed");
        if (!result.passed()) {
            summary.add(new Paragraph("Read the explanations below and the steps they link to, then try again."));
        }
        return summary;
    }

    private static Div outcome(QuizResult result, QuizResult.QuestionOutcome question) {
        var mark = new Span(question.correct() ? "✓ Correct" : question.partlyRight() ? "Partly right" : "✗ Wrong");
        mark.getElement().getThemeList().add("badge " + (question.correct() ? "success" : "error"));
        var card = new Div(new Div(mark, new H3(question.number() + ". " + question.prompt())));
        card.addClassNames("quiz-outcome", question.correct() ? "correct" : "wrong");
        card.setId("outcome-" + question.number());
        card.add(new Paragraph("Your answer: " + (question.yourAnswer().isBlank() ? "(none)" : question.yourAnswer())));
        if (!question.correct()) {
            question.correctAnswer().ifPresent(answer -> card.add(new Paragraph("Correct answer: " + answer)));
        }
        if (!question.explanationHtml().isBlank()) {
            var explanation = new Html("<div class='quiz-explanation'>" + question.explanationHtml() + "</div>");
            card.add(explanation);
        }
        question.stepAnchor().ifPresent(anchor -> {
            var link = new Anchor("module/" + result.moduleId() + "#" + anchor,
                    question.stepNumber().map(n -> "Read step " + n).orElse("Read the step"));
            link.addClassName("step-link");
            card.add(link);
        });
        return card;
    }
}
