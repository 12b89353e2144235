package app.stepwise.reporting.ui;

import app.stepwise.shared.ui.RowClicks;
import app.stepwise.content.Curriculum;
import app.stepwise.content.RoleOutline;
import app.stepwise.people.PersonSnapshot;
import app.stepwise.reporting.ProgressFilter;
import app.stepwise.reporting.TeamQuery;
import app.stepwise.reporting.TeamReports;
import app.stepwise.reporting.TeamRow;
import app.stepwise.reporting.TeamScope;
import app.stepwise.reporting.TeamSort;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import app.stepwise.shared.ui.ResponsiveColumns;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A team's progress: each person in each role with how much is done, due dates, certification and refreshers;
 * filtered by name, role and state, ordered by any column, paged by the database. Managers see their team;
 * trainers and admins pick a manager's team or everyone. A row opens the person's drill-down.
 */
@Route("team")
@PageTitle("Team progress")
@Menu(order = 31, icon = "vaadin:group", title = "Team progress")
@RolesAllowed({Authority.Names.MANAGER, Authority.Names.TRAINER, Authority.Names.ADMIN})
@StyleSheet("context://styles/reporting.css")
public class TeamView extends Div {
    private final ComboBox<PersonSnapshot> team = new ComboBox<>("Team");
    private final TextField search = new TextField();
    private final Select<RoleOutline> role = new Select<>();
    private final Select<ProgressFilter> status = new Select<>();
    private final Paragraph unassigned = new Paragraph();
    private final Grid<TeamRow> grid = new Grid<>();
    private final transient TeamReports reports;
    private final boolean picksTeams;
    /** The filter in force; read by the export, which runs outside the UI thread. */
    private volatile TeamQuery current;
    private final boolean canEnrol;

    public TeamView(TeamReports reports, Curriculum curriculum) {
        this.reports = reports;
        addClassNames("page", "team-page");
        var me = CurrentPerson.require();
        var scope = TeamScope.of(me.personId());
        picksTeams = me.has(Authority.TRAINER) || me.has(Authority.ADMIN);
        canEnrol = me.has(Authority.MANAGER) || me.has(Authority.ADMIN);
        if (picksTeams) {
            scope = configureTeamPicker(reports.managers(), me.has(Authority.MANAGER) ? me.personId() : null);
        }
        current = TeamQuery.of(scope);
        add(toolbar(curriculum), unassigned, configureGrid());
        refresh();
    }

    private TeamScope configureTeamPicker(List<PersonSnapshot> managers, app.stepwise.shared.PersonId mine) {
        team.setId("team-scope");
        team.setItems(managers);
        team.setItemLabelGenerator(m -> "Team of " + m.name());
        team.setPlaceholder("Everyone");
        team.setClearButtonVisible(true);
        var own = managers.stream().filter(m -> m.id().equals(mine)).findFirst();
        own.ifPresent(team::setValue);
        team.addValueChangeListener(e -> refresh());
        return own.map(m -> TeamScope.of(m.id())).orElse(TeamScope.everyone());
    }

    private Div toolbar(Curriculum curriculum) {
        search.setId("team-search");
        search.setPlaceholder("Name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        role.setId("team-role");
        role.setItems(curriculum.roles());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("All roles");
        role.setItemLabelGenerator(r -> r == null ? "All roles" : r.title());
        role.addValueChangeListener(e -> refresh());
        status.setId("team-status");
        status.setItems(ProgressFilter.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any state");
        status.setItemLabelGenerator(s -> s == null ? "Any state" : s.label());
        status.addValueChangeListener(e -> refresh());
        var filters = new Div();
        if (picksTeams) {
            filters.add(team);
        }
        filters.add(search, role, status);
        filters.addClassNames("toolbar-filters", "team-filters");
        var export = new Anchor(DownloadHandler.fromInputStream(event -> exportCsv()), "Export CSV");
        export.addClassName("button-link");
        export.setId("export-team");
        var actions = new Div(export);
        actions.addClassName("toolbar-actions");
        var toolbar = new Div(filters, actions);
        toolbar.addClassName("toolbar");
        unassigned.setId("team-unassigned");
        unassigned.addClassName("subtitle");
        return toolbar;
    }

    private Grid<TeamRow> configureGrid() {
        grid.setId("team-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<TeamRow>of("<div class='person-cell team-person'><strong>${item.name}</strong><span>${item.email}</span></div>")
                        .withProperty("name", TeamRow::name).withProperty("email", TeamRow::email))
                .setHeader("Person").setKey(TeamSort.NAME.name()).setSortable(true).setWidth("9rem").setFlexGrow(3);
        var roleColumn = grid.addColumn(LitRenderer.<TeamRow>of("<div class='person-cell team-role'><span class='role-title'>${item.role}</span><span>${item.purpose}</span></div>")
                        .withProperty("role", TeamRow::roleTitle)
                        .withProperty("purpose", r -> r.purpose() == null ? "Certified earlier" : r.purpose().label()))
                .setHeader("Role").setKey(TeamSort.ROLE.name()).setSortable(true).setFlexGrow(3);
        grid.addColumn(LitRenderer.<TeamRow>of("<div class='meter' title='${item.done} of ${item.required} required modules'>"
                        + "<span class='meter-bar'><span class='meter-fill' style='width: ${item.percent}%'></span></span>"
                        + "<span class='meter-text'>${item.percent}%</span></div>")
                        .withProperty("percent", TeamRow::percentComplete).withProperty("done", TeamRow::completedModules)
                        .withProperty("required", TeamRow::requiredModules))
                .setHeader("Done").setKey(TeamSort.PERCENT.name()).setSortable(true).setWidth("5.5rem").setFlexGrow(2);
        var due = grid.addColumn(r -> ReportFormat.day(r.dueDate())).setHeader("Due").setKey(TeamSort.DUE_DATE.name())
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ReportFormat::badges).setHeader("State").setWidth("7rem").setFlexGrow(3);
        var until = grid.addColumn(r -> r.certified() ? ReportFormat.day(r.validUntil()) : "").setHeader("Certified until")
                .setKey(TeamSort.VALID_UNTIL.name()).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(roleColumn, due, until));
        grid.setMultiSort(false);
        grid.setEmptyStateText("No one matches these filters.");
        RowClicks.open(grid, row -> grid.getUI().ifPresent(ui -> ui.navigate(PersonProgressView.class, row.person().value())));
        grid.setPartNameGenerator(r -> r.overdue() ? "overdue-row" : null);
        return grid;
    }

    private void refresh() {
        var scope = !picksTeams ? current.scope()
                : team.getValue() == null ? TeamScope.everyone() : TeamScope.of(team.getValue().id());
        var base = new TeamQuery(scope, search.getValue(), role.getValue() == null ? null : role.getValue().id(),
                status.getValue(), TeamSort.NAME, false);
        current = base;
        grid.setItems(query -> reports.rows(sorted(base, query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> (int) reports.count(base));
        var without = reports.withoutRoles(scope);
        unassigned.removeAll();
        if (!without.isEmpty()) {
            unassigned.add(new Text("Not enrolled in any role: "));
            for (int i = 0; i < without.size(); i++) {
                unassigned.add(i == 0 ? new Text("") : new Text(", "), enrolLink(without.get(i)));
            }
            unassigned.add(new Text("."));
        }
        unassigned.setVisible(!without.isEmpty());
    }

    /** Managers and admins enrol: for them each name opens Enrolments with that person chosen. */
    private Component enrolLink(PersonSnapshot person) {
        if (!canEnrol) {
            return new Text(person.name());
        }
        var link = new Anchor("enrolments?person=" + person.id().value(), person.name());
        link.getElement().setAttribute("title", "Enrol " + person.name() + " in a role path");
        return link;
    }

    private TeamQuery sorted(TeamQuery base, List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return base;
        }
        var first = orders.getFirst();
        var query = base.sortedBy(TeamSort.valueOf(first.getSorted()), first.getDirection() == SortDirection.DESCENDING);
        current = query;
        return query;
    }

    private DownloadResponse exportCsv() {
        var out = new StringWriter();
        reports.exportCsv(current, out);
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), "team-progress.csv", "text/csv", bytes.length);
    }
}
