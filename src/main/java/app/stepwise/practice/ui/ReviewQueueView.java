package app.stepwise.practice.ui;

import app.stepwise.shared.ui.RowClicks;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.RoleOutline;
import app.stepwise.practice.PracticeService;
import app.stepwise.quiz.QuizService;
import app.stepwise.practice.QueueEntry;
import app.stepwise.practice.ReviewFilter;
import app.stepwise.shared.Authority;
import app.stepwise.shared.ui.ResponsiveColumns;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Practice submissions waiting for sign-off, oldest first, by role, module and learner; click one to review it. */
@Route("reviews")
@PageTitle("Reviews")
@Menu(order = 22, icon = "vaadin:check-square-o", title = "Reviews")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN})
public class ReviewQueueView extends Div {
    private final ComboBox<RoleOutline> role = new ComboBox<>("Role");
    private final ComboBox<ModuleSummary> module = new ComboBox<>("Module");
    private final TextField person = new TextField("Learner");
    private final Grid<QueueEntry> grid = new Grid<>();
    private final Paragraph waiting = new Paragraph();
    private final transient PracticeService practice;
    private final transient QuizService quizzes;
    private final transient Clock clock;

    public ReviewQueueView(PracticeService practice, QuizService quizzes, Curriculum curriculum, ContentLibrary library,
                           Clock clock) {
        this.quizzes = quizzes;
        this.practice = practice;
        this.clock = clock;
        addClassNames("page", "reviews-page");
        role.setId("review-filter-role");
        role.setItems(curriculum.roles());
        role.setItemLabelGenerator(RoleOutline::title);
        role.setClearButtonVisible(true);
        module.setId("review-filter-module");
        module.setItems(query -> library.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        module.setItemLabelGenerator(ModuleSummary::title);
        module.setClearButtonVisible(true);
        person.setId("review-filter-person");
        person.setPlaceholder("Name or email");
        person.setPrefixComponent(VaadinIcon.SEARCH.create());
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        role.addValueChangeListener(e -> reload());
        module.addValueChangeListener(e -> reload());
        person.addValueChangeListener(e -> reload());
        var filters = new Div(role, module, person);
        filters.addClassNames("toolbar-filters", "review-filters");
        var toolbar = new Div(filters);
        toolbar.addClassName("toolbar");
        waiting.setId("review-count");
        waiting.addClassName("subtitle");
        configureGrid();
        add(toolbar, waiting, grid);
        reload();
    }

    private void configureGrid() {
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(twoLines().withProperty("first", QueueEntry::learnerName).withProperty("second", QueueEntry::learnerEmail))
                .setHeader("Learner").setFlexGrow(2);
        grid.addColumn(twoLines().withProperty("first", ReviewQueueView::taskLine)
                        .withProperty("second", e -> e.moduleTitle() + " · v" + e.moduleVersion()))
                .setHeader("Task").setFlexGrow(3);
        var submitted = grid.addColumn(e -> EvidenceViews.WHEN.format(e.submittedAt())).setHeader("Submitted")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> waitingTime(e)).setHeader("Waiting").setAutoWidth(true).setFlexGrow(0);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(submitted));
        grid.setEmptyStateText("Nothing is waiting for review.");
        RowClicks.open(grid, row -> new ReviewDialog(practice, quizzes, row.submissionId(), this::reload).open());
    }

    private static LitRenderer<QueueEntry> twoLines() {
        return LitRenderer.of("<div class='person-cell queue-cell'><strong>${item.first}</strong><span>${item.second}</span></div>");
    }

    private static String taskLine(QueueEntry entry) {
        return entry.taskNumber() + ". " + entry.taskTitle() + (entry.attemptNo() > 1 ? " (attempt " + entry.attemptNo() + ")" : "");
    }

    private void reload() {
        var filter = new ReviewFilter(role.getValue() == null ? null : role.getValue().id(),
                module.getValue() == null ? null : module.getValue().id(), person.getValue());
        long count = practice.count(filter);
        waiting.setText(count + (count == 1 ? " submission is" : " submissions are") + " waiting for review, oldest first.");
        waiting.setVisible(count > 0); // the grid says so when there is nothing
        grid.setItems(q -> practice.queue(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) practice.count(filter));
    }

    private String waitingTime(QueueEntry entry) {
        var waited = Duration.between(entry.submittedAt(), clock.instant());
        if (waited.toDays() >= 1) {
            return waited.toDays() + (waited.toDays() == 1 ? " day" : " days");
        }
        if (waited.toHours() >= 1) {
            return waited.toHours() + " h";
        }
        return Math.max(1, waited.toMinutes()) + " min";
    }
}
