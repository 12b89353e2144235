package app.stepwise.studio.ui;

import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Step;
import app.stepwise.feedback.StepFlag;
import app.stepwise.studio.ModuleInsights;
import app.stepwise.studio.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Where learners stumbled in the published version: their open flags, step by step (a button selects that step
 * in the draft, when the draft still has it), and the questions few of them answer right.
 */
class FeedbackPanel extends Div {
    private final IntConsumer showLine;

    FeedbackPanel(IntConsumer showLine) {
        this.showLine = showLine;
        setId("studio-feedback");
        addClassName("studio-feedback");
    }

    void show(ModuleInsights insights, ProcessDoc doc) {
        removeAll();
        if (insights.openFlags().isEmpty() && insights.questionRates().values().stream().noneMatch(r -> r.low())) {
            add(new Paragraph("No open flags from learners and no question most of them get wrong."));
            return;
        }
        insights.openFlags().forEach((anchor, flags) -> add(step(anchor, flags, doc)));
        insights.questionRates().values().stream().filter(ModuleInsights.QuestionRate::low).forEach(rate -> {
            var item = new Div(new H4(rate.prompt()), new Paragraph(Math.round(rate.correctPercent()) + "% of "
                    + rate.responses() + " answers fully right: does the step it tests explain it clearly?"));
            item.addClassNames("card", "studio-weak-question");
            add(item);
        });
    }

    private Div step(String anchor, List<StepFlag> flags, ProcessDoc doc) {
        var first = flags.getFirst();
        var card = new Div(new H4("Step " + first.stepNumber() + ": " + shorten(first.stepText())));
        card.addClassNames("card", "studio-flag-group");
        card.getElement().setAttribute("data-anchor", anchor);
        for (StepFlag flag : flags) {
            var kind = new Span(flag.kind().label());
            kind.getElement().getThemeList().add("badge error");
            var line = new Div(kind, new Span(" " + flag.comment()));
            line.addClassName("studio-flag");
            var who = new Paragraph(flag.flaggedBy() + ", " + Times.dayAndTime(flag.createdAt()) + " UTC, on version "
                    + flag.moduleVersion() + " · " + flag.status().label());
            who.addClassName("studio-flag-meta");
            card.add(line, who);
        }
        int line = doc == null ? 0 : doc.steps().stream().filter(s -> s.anchor().equals(anchor)).mapToInt(Step::line)
                .findFirst().orElse(0);
        if (doc == null) {
            return card; // the draft does not parse yet: nothing to point at
        }
        if (line > 0) {
            var jump = new Button("Show this step in the source", e -> showLine.accept(line));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            card.add(jump);
        } else {
            card.add(new Paragraph("This step is no longer in the draft."));
        }
        return card;
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
