package app.stepwise.quiz.ui;

import app.stepwise.quiz.QuizService;
import app.stepwise.quiz.QuizStatistics;
import app.stepwise.shared.Authority;
import app.stepwise.shared.ui.ResponsiveColumns;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Trainers see how a module version's quiz went: pass rate, and per question the share answered right and
 * the most chosen wrong answer, with a link to the step it tests, so a badly explained step stands out.
 */
@Route("quiz-statistics")
@PageTitle("Quiz statistics")
@Menu(order = 24, icon = "vaadin:chart", title = "Quiz statistics")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN})
public class QuizStatisticsView extends Div implements com.vaadin.flow.router.BeforeEnterObserver {
    private final transient QuizService quizzes;
    private final ComboBox<String> module = new ComboBox<>("Module");
    private final Select<Integer> version = new Select<>();
    private final Div content = new Div();
    private final java.util.Set<String> moduleIds = new java.util.HashSet<>();

    public QuizStatisticsView(QuizService quizzes) {
        this.quizzes = quizzes;
        addClassNames("page", "quiz-statistics-page");
        var titles = quizzes.modulesWithAttempts();
        if (titles.isEmpty()) {
            var empty = new Paragraph("Nobody has submitted a quiz yet. Statistics appear after the first attempts.");
            empty.setId("no-statistics");
            add(empty);
            return;
        }
        module.setId("statistics-module");
        module.setWidth("min(28em, 100%)");
        module.setItems(new ArrayList<>(titles.keySet()));
        moduleIds.addAll(titles.keySet());
        module.setItemLabelGenerator(titles::get);
        version.setLabel("Version");
        version.setId("statistics-version");
        version.setItemLabelGenerator(v -> "Version " + v);
        module.addValueChangeListener(e -> {
            var versions = e.getValue() == null ? java.util.List.<Integer>of() : quizzes.versionsWithAttempts(e.getValue());
            version.setItems(versions);
            version.setValue(versions.isEmpty() ? null : versions.getFirst());
        });
        version.addValueChangeListener(e -> show());
        var filters = new Div(module, version);
        filters.addClassName("filters");
        add(filters, content);
        module.setValue(titles.keySet().iterator().next());
    }

    /** {@code quiz-statistics?module=<id>} opens that module's statistics, for links from elsewhere. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("module")
                .filter(moduleIds::contains).ifPresent(module::setValue);
    }

    private void show() {
        content.removeAll();
        if (module.getValue() == null || version.getValue() == null) {
            return;
        }
        var statistics = quizzes.statistics(module.getValue(), version.getValue());
        var summary = new Paragraph(count(statistics.attempts(), "attempt") + " by " + count(statistics.learners(), "learner")
                + " · pass rate " + ResultPanel.percent(statistics.passRatePercent()));
        summary.setId("statistics-summary");
        summary.addClassName("card");
        content.add(summary, grid(statistics));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Grid<QuizStatistics.QuestionStatistics> grid(QuizStatistics statistics) {
        var grid = new Grid<QuizStatistics.QuestionStatistics>();
        grid.setId("statistics-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(q -> q.number() + ". " + q.prompt()).setHeader("Question").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(q -> correctShare(q))).setHeader("Answered right").setFlexGrow(1);
        var wrong = grid.addColumn(q -> q.mostChosenWrong().map(w -> w + " (" + q.mostChosenWrongCount() + "×)").orElse("–"))
                .setHeader("Most chosen wrong answer").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(q -> stepLink(statistics.moduleId(), q))).setHeader("Step").setFlexGrow(0)
                .setAutoWidth(true);
        grid.setItems(statistics.questions());
        // on a phone the question, its share and its step matter most; the wrong answer is for wider screens
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(wrong));
        return grid;
    }

    private static Component correctShare(QuizStatistics.QuestionStatistics question) {
        var share = new Span(question.responses() == 0 ? "–" : ResultPanel.percent(question.correctPercent())
                + " of " + question.responses());
        if (question.responses() > 0 && question.correctPercent() < 50) {
            share.getElement().getThemeList().add("badge error");
            share.getElement().setAttribute("title", "Fewer than half got this right: check how the step explains it.");
        }
        return share;
    }

    private static Component stepLink(String moduleId, QuizStatistics.QuestionStatistics question) {
        return question.stepAnchor().<Component>map(anchor -> new Anchor("module/" + moduleId + "#" + anchor,
                question.stepNumber().map(n -> "Step " + n).orElse("Step"))).orElse(new Span("–"));
    }
}
