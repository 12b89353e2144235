package app.stepwise.feedback.ui;

import app.stepwise.shared.ui.RowClicks;
import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.FlagFilter;
import app.stepwise.feedback.FlagQueueSummary;
import app.stepwise.feedback.FlagStatus;
import app.stepwise.feedback.StepFlag;
import app.stepwise.shared.ui.ResponsiveColumns;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The improvement queue of the modules the person owns (every module for trainers and admins): counts per
 * module, filters, and the flags oldest first. A row opens the dialog that accepts, fixes or declines it.
 */
class QueuePanel extends Div {
    /** A choice in the status filter. */
    record StatusChoice(String label, Set<FlagStatus> statuses) {
    }

    static final List<StatusChoice> STATUS_CHOICES = List.of(
            new StatusChoice("Open and accepted", FlagStatus.UNRESOLVED),
            new StatusChoice("Open", EnumSet.of(FlagStatus.OPEN)),
            new StatusChoice("Accepted", EnumSet.of(FlagStatus.ACCEPTED)),
            new StatusChoice("Fixed", EnumSet.of(FlagStatus.FIXED)),
            new StatusChoice("Declined", EnumSet.of(FlagStatus.DECLINED)),
            new StatusChoice("All", EnumSet.allOf(FlagStatus.class)));

    private final ComboBox<FlagQueueSummary> module = new ComboBox<>("Module");
    private final Select<StatusChoice> status = new Select<>();
    private final Div summary = new Div();
    private final Grid<StepFlag> grid = new Grid<>();
    private final transient FeedbackService feedback;

    QueuePanel(FeedbackService feedback) {
        this.feedback = feedback;
        setId("improvement-queue");
        addClassName("queue-panel");
        summary.setId("queue-summary");
        summary.addClassNames("stats", "queue-summary");
        module.setId("queue-module");
        module.setItemLabelGenerator(FlagQueueSummary::moduleTitle);
        module.setPlaceholder("All modules");
        module.setClearButtonVisible(true);
        module.addClassName("queue-filter");
        module.addValueChangeListener(change -> load());
        status.setId("queue-status");
        status.setLabel("Status");
        status.addClassName("queue-filter");
        status.setItems(STATUS_CHOICES);
        status.setItemLabelGenerator(StatusChoice::label);
        status.setValue(STATUS_CHOICES.getFirst());
        status.addValueChangeListener(change -> load());
        var filters = new Div(module, status);
        filters.addClassName("toolbar-filters");
        var toolbar = new Div(filters);
        toolbar.addClassName("toolbar");
        configureGrid();
        add(summary, toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<StepFlag>of("<div class='person-cell queue-step-cell'><strong>${item.module}</strong>"
                        + "<span>Step ${item.step} · version ${item.version}</span>"
                        + "<span theme='${item.theme}'>${item.status}</span></div>")
                .withProperty("module", StepFlag::moduleTitle).withProperty("step", StepFlag::stepNumber)
                .withProperty("version", StepFlag::moduleVersion)
                .withProperty("theme", f -> FlagBadges.theme(f.status())).withProperty("status", f -> f.status().label()))
                .setHeader("Step").setFlexGrow(2);
        grid.addColumn(LitRenderer.<StepFlag>of("<div class='flag-cell'><strong>${item.kind}</strong>"
                        + "<span>${item.comment}</span></div>")
                .withProperty("kind", f -> f.kind().label()).withProperty("comment", StepFlag::comment))
                .setHeader("Flag").setFlexGrow(4);
        var flagged = grid.addColumn(LitRenderer.<StepFlag>of("<div class='person-cell'><span>${item.day}</span>"
                        + "<span>${item.by}</span></div>")
                .withProperty("day", f -> FlagBadges.DAY.format(f.createdAt())).withProperty("by", StepFlag::flaggedBy))
                .setHeader("Flagged").setAutoWidth(true).setFlexGrow(0);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(flagged));
        grid.setEmptyStateText("Nothing here: no flags match these filters.");
        RowClicks.open(grid, flag -> new HandleFlagDialog(feedback, flag, this::refresh).open());
    }

    /** Reloads the counts and the flags, keeping the chosen filters. */
    private void refresh() {
        var modules = feedback.queueSummary();
        var chosen = module.getValue() == null ? null : module.getValue().moduleId();
        module.setItems(modules);
        modules.stream().filter(m -> m.moduleId().equals(chosen)).findFirst().ifPresent(module::setValue);
        summary.removeAll();
        modules.forEach(m -> summary.add(stat(m)));
        load();
    }

    private void load() {
        var filter = new FlagFilter(module.getValue() == null ? null : module.getValue().moduleId(),
                status.getValue() == null ? Set.of() : status.getValue().statuses());
        grid.setItems(query -> feedback.queue(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) feedback.count(filter));
    }

    private Div stat(FlagQueueSummary counts) {
        var value = new Span(String.valueOf(counts.open()));
        value.addClassName("stat-value");
        var label = new Span(counts.moduleTitle());
        label.addClassNames("stat-label", "queue-stat-module");
        var detail = new Span("open · " + counts.accepted() + " accepted · " + counts.total() + " in all");
        detail.addClassName("stat-label");
        var stat = new Div(label, value, detail);
        stat.addClassNames("stat", "queue-stat");
        stat.setId("queue-stat-" + counts.moduleId());
        stat.addClickListener(click -> module.setValue(counts));
        return stat;
    }
}
