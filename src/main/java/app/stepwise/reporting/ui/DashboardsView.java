package app.stepwise.reporting.ui;

import app.stepwise.certification.GrantsInMonth;
import app.stepwise.reporting.Dashboards;
import app.stepwise.reporting.ModuleRollup;
import app.stepwise.reporting.ModuleSort;
import app.stepwise.reporting.OrganisationRollup;
import app.stepwise.reporting.RoleRollup;
import app.stepwise.shared.Authority;
import app.stepwise.shared.ui.ResponsiveColumns;
import app.stepwise.shared.ui.StatTile;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Trainers' and admins' view of the whole organisation: totals, certifications per month and the completion funnel
 * as server-rendered charts, a table per role and a sortable, paged table per module.
 */
@Route("dashboards")
@PageTitle("Dashboards")
@Menu(order = 23, icon = "vaadin:dashboard", title = "Dashboards")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN})
@StyleSheet("context://styles/reporting.css")
public class DashboardsView extends Div {
    private static final String EVERY_ROLE = "";
    private final transient Dashboards dashboards;
    private final Div funnelChart = new Div();

    public DashboardsView(Dashboards dashboards) {
        this.dashboards = dashboards;
        addClassNames("page", "dashboards-page");
        var organisation = dashboards.organisation();
        var roles = dashboards.roles();
        var charts = new Div(certificationsCard(), funnelCard(organisation, roles));
        charts.addClassName("chart-grid");
        add(totals(organisation), charts, rolesCard(roles), modulesCard());
    }

    private Div totals(OrganisationRollup organisation) {
        var counts = organisation.counts();
        var tiles = new Div(stat("Active people", organisation.activePeople()), stat("With a role", organisation.peopleWithRoles()),
                stat("Enrolments", counts.enrolled()), stat("Certified", counts.certified()),
                stat("Expiring in 30 days", counts.expiring()), stat("Lapsed", counts.lapsed()), stat("Overdue", counts.overdue()),
                stat("Refreshers due", counts.refresherDue()), stat("Average done", Math.round(counts.averagePercent()) + "%"));
        tiles.addClassNames("stats", "dashboard-totals");
        tiles.setId("dashboard-totals");
        return tiles;
    }

    private static Div stat(String label, Object value) {
        return StatTile.of(value, label);
    }

    private Div certificationsCard() {
        List<GrantsInMonth> months = dashboards.certificationsPerMonth(12);
        // The year under the first month and under each January.
        var bars = months.stream().map(m -> new SvgCharts.Bar(m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                + (m.month().getMonthValue() == 1 || m == months.getFirst() ? "\n" + m.month().getYear() : ""), m.granted())).toList();
        var chart = new Svg(SvgCharts.columns("Certifications granted per month, last 12 months", bars));
        chart.setId("chart-certifications");
        chart.addClassName("chart-box");
        var card = new Div(new H3("Certifications per month"), chart);
        card.addClassNames("card", "chart-card");
        return card;
    }

    private Div funnelCard(OrganisationRollup organisation, List<RoleRollup> roles) {
        var byId = new java.util.LinkedHashMap<String, RoleRollup>();
        byId.put(EVERY_ROLE, new RoleRollup(EVERY_ROLE, "All roles", organisation.counts()));
        roles.forEach(role -> byId.put(role.roleId(), role));
        var choice = new Select<String>();
        choice.setId("funnel-role");
        choice.setAriaLabel("Role");
        choice.setItems(byId.keySet());
        choice.setItemLabelGenerator(id -> byId.get(id).roleTitle());
        choice.addValueChangeListener(e -> showFunnel(byId.get(e.getValue())));
        funnelChart.setId("chart-funnel-box");
        var card = new Div(new Div(new H3("Completion funnel"), choice), funnelChart);
        card.addClassNames("card", "chart-card");
        choice.setValue(EVERY_ROLE);
        return card;
    }

    private void showFunnel(RoleRollup role) {
        var funnel = role.counts().funnel();
        var chart = new Svg(SvgCharts.funnel("Completion funnel: " + role.roleTitle(), List.of(new SvgCharts.Bar("Enrolled", funnel.enrolled()),
                new SvgCharts.Bar("Started", funnel.started()), new SvgCharts.Bar("Quizzes passed", funnel.quizzesPassed()),
                new SvgCharts.Bar("Completed", funnel.completed()), new SvgCharts.Bar("Certified", funnel.certified()))));
        chart.setId("chart-funnel");
        chart.addClassName("chart-box");
        funnelChart.removeAll();
        funnelChart.add(chart);
    }

    private Div rolesCard(List<RoleRollup> roles) {
        var grid = new Grid<RoleRollup>();
        grid.setId("roles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RoleRollup::roleTitle).setHeader("Role").setFlexGrow(3);
        grid.addColumn(r -> r.counts().enrolled()).setHeader("Enrolled").setAutoWidth(true).setFlexGrow(0);
        var notStarted = grid.addColumn(r -> r.counts().notStarted()).setHeader("Not started").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.counts().inProgress()).setHeader("In progress").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.counts().certified()).setHeader("Certified").setAutoWidth(true).setFlexGrow(0);
        var lapsed = grid.addColumn(r -> r.counts().lapsed()).setHeader("Lapsed").setAutoWidth(true).setFlexGrow(0);
        var overdue = grid.addColumn(r -> r.counts().overdue()).setHeader("Overdue").setAutoWidth(true).setFlexGrow(0);
        var average = grid.addColumn(r -> Math.round(r.counts().averagePercent()) + "%").setHeader("Average done").setAutoWidth(true).setFlexGrow(0);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(notStarted, lapsed, overdue, average));
        grid.setItems(roles); // one row per role: a few dozen at most
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Nobody is enrolled in a role yet.");
        var card = new Div(new H3("Per role"), grid);
        card.addClassNames("card", "dashboard-table");
        return card;
    }

    private Div modulesCard() {
        var grid = new Grid<ModuleRollup>();
        grid.setId("modules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> m.title() + " · v" + m.version()).setHeader("Module").setKey(ModuleSort.TITLE.name()).setSortable(true).setFlexGrow(3);
        var started = grid.addColumn(ModuleRollup::started).setHeader("Started").setKey(ModuleSort.STARTED.name()).setSortable(true)
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(m -> m.started() == 0 ? "—" : ReportFormat.percent(m.completionRate())).setHeader("Completed")
                .setKey(ModuleSort.COMPLETION_RATE.name()).setSortable(true).setWidth("8.5rem").setFlexGrow(0);
        var attempts = grid.addColumn(m -> !m.hasQuiz() ? "no quiz" : m.quizPassers() == 0 ? "—"
                        : String.format(Locale.ENGLISH, "%.1f", m.averageAttemptsToPass()))
                .setHeader("Tries to pass").setKey(ModuleSort.ATTEMPTS_TO_PASS.name()).setSortable(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(ModuleRollup::openFlags).setHeader("Open flags").setWidth("7rem").setFlexGrow(0);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(started, attempts));
        grid.setMultiSort(false);
        grid.setItems(query -> {
            var order = query.getSortOrders().stream().findFirst();
            var sort = order.map(o -> ModuleSort.valueOf(o.getSorted())).orElse(ModuleSort.TITLE);
            boolean descending = order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false);
            return dashboards.modules(sort, descending, query.getOffset(), query.getLimit()).stream();
        }, query -> (int) dashboards.moduleCount());
        grid.setEmptyStateText("No module has been counted yet.");
        var card = new Div(new H3("Per module"), grid);
        card.addClassNames("card", "dashboard-table");
        return card;
    }
}
