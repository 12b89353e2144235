package app.stepwise.studio.ui;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.ModuleReading;
import app.stepwise.content.PracticeTask;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import app.stepwise.content.ReadingStep;
import app.stepwise.content.RenderedSection;
import app.stepwise.content.SafeHtmlRenderer;
import app.stepwise.content.SectionKind;
import app.stepwise.content.Step;
import app.stepwise.studio.ModuleInsights;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.IntConsumer;

/**
 * The draft as learners will read it (the reader's sections and step rows, from the same sanitised rendering),
 * then its quiz and practice tasks for the trainer. Steps with open learner flags and questions learners often
 * get wrong carry a badge; a step's number selects its line in the source. Only sanitised HTML goes into
 * {@link Html}: the content module rendered it.
 */
class PreviewPanel extends Div {
    private final IntConsumer showLine;

    PreviewPanel(IntConsumer showLine) {
        this.showLine = showLine;
        setId("studio-preview");
        addClassNames("studio-preview", "reader-page");
    }

    void show(ModuleReading reading, ProcessDoc doc, ModuleInsights insights) {
        removeAll();
        var heading = new H2(reading.title());
        heading.setId("studio-preview-title");
        var facts = new Paragraph("Preview of version " + reading.version() + (reading.owner() == null ? "" : " · owner: " + reading.owner())
                + (reading.estimateMinutes() == null ? "" : " · " + reading.estimateMinutes() + " min"));
        var header = new Div(heading, facts);
        header.addClassName("reader-header");
        add(header, sections(reading, SectionKind.OBJECTIVE, SectionKind.ROLES, SectionKind.TOOLS), steps(reading, doc, insights),
                sections(reading, SectionKind.SNAGS, SectionKind.DELIVERABLE, SectionKind.KPIS, SectionKind.OTHER),
                quiz(doc, insights), practice(doc));
    }

    /** When the text has errors the last good preview stays, marked as such. */
    void markStale(boolean stale) {
        getElement().getClassList().set("stale", stale);
    }

    private static Div sections(ModuleReading reading, SectionKind... kinds) {
        var container = new Div();
        for (SectionKind kind : kinds) {
            for (RenderedSection section : reading.sections()) {
                if (section.kind() == kind && !section.html().isBlank()) {
                    var block = new Div(new H3(section.heading()), new Html("<div>" + section.html() + "</div>"));
                    block.addClassNames("reader-section", "section-" + kind.name().toLowerCase(java.util.Locale.ROOT));
                    container.add(block);
                }
            }
        }
        return container;
    }

    private Component steps(ModuleReading reading, ProcessDoc doc, ModuleInsights insights) {
        var steps = new Div(new H3("Steps"));
        steps.addClassNames("reader-section", "reader-steps");
        for (ReadingStep step : reading.steps()) {
            int line = doc.steps().stream().filter(s -> s.anchor().equals(step.anchor())).mapToInt(Step::line).findFirst().orElse(0);
            var number = new NativeButton(String.valueOf(step.number()), e -> showLine.accept(line));
            number.addClassNames("step-number", "studio-jump");
            number.getElement().setAttribute("title", "Show line " + line + " in the source");
            var row = new Div(number, new Html("<div class='step-text'>" + step.html() + "</div>"));
            row.addClassNames("reader-step", "studio-step");
            row.getElement().setAttribute("data-anchor", step.anchor());
            var flags = insights.openFlags().getOrDefault(step.anchor(), java.util.List.of());
            if (!flags.isEmpty()) {
                var badge = new Span(flags.size() + (flags.size() == 1 ? " open flag" : " open flags"));
                badge.getElement().getThemeList().add("badge error");
                badge.addClassName("studio-flag-badge");
                row.add(badge);
            }
            steps.add(row);
        }
        return steps;
    }

    private Component quiz(ProcessDoc doc, ModuleInsights insights) {
        var quiz = new Div(new H3("Quiz (trainers only: learners see the questions without the answers)"));
        quiz.addClassNames("reader-section", "studio-quiz");
        quiz.setId("studio-preview-quiz");
        if (doc.questions().isEmpty()) {
            quiz.add(new Paragraph("No questions yet."));
        }
        for (Question question : doc.questions()) {
            var prompt = new H4(question.number() + ". " + question.prompt());
            var block = new Div(prompt);
            block.addClassName("studio-question");
            var rate = insights.questionRates().get(Question.normaliseAnswer(question.prompt()));
            if (rate != null && rate.low()) {
                var badge = new Span(Math.round(rate.correctPercent()) + "% right (" + rate.responses() + " answers)");
                badge.getElement().getThemeList().add("badge error");
                badge.addClassName("studio-low-rate");
                block.add(badge);
            }
            if (!question.bodyMarkdown().isBlank()) {
                block.add(new Html("<div>" + SafeHtmlRenderer.render(question.bodyMarkdown()) + "</div>"));
            }
            block.add(answers(question), meta(question, doc));
            block.addClickListener(e -> showLine.accept(question.line()));
            quiz.add(block);
        }
        return quiz;
    }

    private static Component answers(Question question) {
        var list = new Div();
        list.addClassName("studio-answers");
        if (question.type() == QuestionType.SHORT_ANSWER) {
            list.add(new Span("Accepted: " + String.join(" | ", question.acceptedAnswers())));
        }
        int position = 1;
        for (AnswerOption option : question.options()) {
            String mark = question.type() == QuestionType.ORDERING ? position++ + "." : option.correct() ? "✓" : "✗";
            var row = new Div(new Span(mark), new Html("<div class='studio-option'>" + SafeHtmlRenderer.render(option.markdown()) + "</div>"));
            row.addClassNames("studio-answer", option.correct() ? "correct" : "wrong");
            list.add(row);
        }
        return list;
    }

    private static Component meta(Question question, ProcessDoc doc) {
        String type = question.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String step = question.stepAnchor().flatMap(anchor -> doc.steps().stream().filter(s -> s.anchor().equals(anchor)).findFirst())
                .map(s -> " · tests step " + s.number()).orElse(" · tests no step");
        var meta = new Paragraph(type + step + " · line " + question.line());
        meta.addClassName("studio-question-meta");
        return meta;
    }

    private static Component practice(ProcessDoc doc) {
        var practice = new Div(new H3("Practice"));
        practice.addClassName("reader-section");
        for (PracticeTask task : doc.practiceTasks()) {
            var block = new Div(new H4(task.number() + ". " + task.title()),
                    new Html("<div>" + SafeHtmlRenderer.render(task.descriptionMarkdown()) + "</div>"),
                    new Paragraph("Evidence: " + task.evidence().name().toLowerCase(java.util.Locale.ROOT)
                            + " · sign-off: " + task.signOff().name().toLowerCase(java.util.Locale.ROOT)));
            block.addClassName("studio-task");
            practice.add(block);
        }
        if (doc.practiceTasks().isEmpty()) {
            practice.add(new Paragraph("No practice tasks."));
        }
        return practice;
    }
}
