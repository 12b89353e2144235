package app.stepwise.course.ui;

import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleReading;
import app.stepwise.content.ReadingStep;
import app.stepwise.content.RenderedSection;
import app.stepwise.content.SectionKind;
import app.stepwise.course.CourseService;
import app.stepwise.course.ModuleProgress;
import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.ui.StepFlagButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;

/**
 * Reads a module: its facts and prerequisites, the reading sections (snags highlighted), and the steps as
 * a checklist the learner ticks while reading. {@code module/<id>#<step-anchor>} scrolls to a step and
 * highlights it. All HTML shown here was sanitised by the content module.
 */
@Route("module")
@PermitAll
public class ModuleReaderView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
    private final transient Curriculum curriculum;
    private final transient CourseService course;
    private final transient FeedbackService feedback;
    private String title = "Module";

    public ModuleReaderView(Curriculum curriculum, CourseService course, FeedbackService feedback) {
        this.curriculum = curriculum;
        this.course = course;
        this.feedback = feedback;
        addClassNames("page", "reader-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String moduleId) {
        var reading = curriculum.reading(moduleId).orElseThrow(NotFoundException::new);
        title = reading.title();
        removeAll();
        var progress = course.myProgress(moduleId);
        add(header(reading), readingSections(reading, SectionKind.OBJECTIVE, SectionKind.ROLES, SectionKind.TOOLS),
                steps(reading, progress), readingSections(reading, SectionKind.SNAGS, SectionKind.DELIVERABLE,
                        SectionKind.KPIS, SectionKind.OTHER), readFooter(reading, progress));
        // The fragment never reaches the server: the browser scrolls to and highlights the step itself.
        getElement().executeJs("setTimeout(() => { const id = decodeURIComponent(location.hash.slice(1));"
                + " const el = id && document.getElementById(id); if (el) { el.scrollIntoView({block: 'center'});"
                + " el.classList.add('step-highlight'); } }, 100)");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Component header(ModuleReading reading) {
        var heading = new H2(reading.title());
        heading.setId("module-title");
        var facts = new ArrayList<String>();
        facts.add("version " + reading.version());
        if (reading.owner() != null) {
            facts.add("owner: " + reading.owner());
        }
        if (reading.estimateMinutes() != null) {
            facts.add(reading.estimateMinutes() + " min");
        }
        var header = new Div(heading, new Paragraph(String.join(" · ", facts)));
        header.addClassName("reader-header");
        if (reading.versionNote() != null && reading.version() > 1) {
            header.add(callout("What changed: " + reading.versionNote()));
        }
        var prerequisites = course.myPrerequisites(reading.prerequisites());
        if (!prerequisites.isEmpty()) {
            boolean allDone = prerequisites.stream().allMatch(app.stepwise.course.Prerequisite::done);
            var list = new Div(new Span(allDone ? "Before this module (done): " : "Complete these modules first: "));
            list.setId("prerequisites");
            list.addClassNames("prerequisites", allDone ? "prerequisites-done" : "prerequisites-open");
            prerequisites.forEach(p -> {
                var link = new Anchor("module/" + p.moduleId(), p.title() + (p.done() ? " ✓" : ""));
                link.addClassName(p.done() ? "prerequisite-done" : "prerequisite-open");
                list.add(link, new Span(" "));
            });
            header.add(list);
        }
        return header;
    }

    private static Div readingSections(ModuleReading reading, SectionKind... kinds) {
        var container = new Div();
        for (SectionKind kind : kinds) {
            for (RenderedSection section : reading.sections()) {
                if (section.kind() == kind && !section.html().isBlank()) {
                    var block = new Div(new H3(section.heading()), new Html("<div>" + section.html() + "</div>"));
                    block.addClassNames("reader-section", "section-" + kind.name().toLowerCase());
                    block.setId(section.anchor());
                    container.add(block);
                }
            }
        }
        return container;
    }

    private Component steps(ModuleReading reading, ModuleProgress progress) {
        var steps = new Div(new H3("Steps"));
        steps.addClassNames("reader-section", "reader-steps");
        steps.setId("steps");
        var myFlags = feedback.flagsOnModule(reading.id());
        for (ReadingStep step : reading.steps()) {
            var box = new Checkbox(progress.stepsTicked().contains(step.anchor()));
            box.setAriaLabel("Step " + step.number() + " done");
            box.addValueChangeListener(change -> course.tickStep(reading.id(), step.anchor(), change.getValue()));
            var number = new Span(String.valueOf(step.number()));
            number.addClassName("step-number");
            var row = new Div(box, number, new Html("<div class='step-text'>" + step.html() + "</div>"));
            row.add(new StepFlagButton(feedback, reading.id(), step, myFlags));
            row.addClassName("reader-step");
            row.setId(step.anchor());
            steps.add(row);
        }
        return steps;
    }

    private Component readFooter(ModuleReading reading, ModuleProgress progress) {
        var footer = new Div();
        footer.addClassName("reader-footer");
        footer.setId("read-footer");
        if (progress.readAt() != null) {
            footer.add(callout("You read this version. " + nextStepText(reading)), nextActions(reading));
            return footer;
        }
        var read = new Button("Mark as read", e -> {
            course.markRead(reading.id());
            footer.removeAll();
            footer.add(callout("Marked as read. " + nextStepText(reading)), nextActions(reading));
        });
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.setId("mark-read");
        footer.add(read);
        return footer;
    }

    /** The quiz and the practice tasks, once the learner has read the module. */
    private static Div nextActions(ModuleReading reading) {
        var actions = new Div();
        actions.addClassName("reader-next");
        if (reading.questions() > 0) {
            var quiz = new Button("Take the quiz", e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate("quiz/" + reading.id())));
            quiz.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            quiz.setId("open-quiz");
            actions.add(quiz);
        }
        if (reading.practiceTasks() > 0) {
            var practice = new Button("Practice tasks (" + reading.practiceTasks() + ")", e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate("practice/" + reading.id())));
            practice.setId("open-practice");
            actions.add(practice);
        }
        return actions;
    }

    private static String nextStepText(ModuleReading reading) {
        return reading.questions() > 0 ? "Its quiz (" + reading.questions() + " questions) comes next." : "";
    }

    private static Paragraph callout(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("callout");
        return paragraph;
    }
}
