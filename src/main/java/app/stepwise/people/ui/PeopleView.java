package app.stepwise.people.ui;

import app.stepwise.shared.ui.RowClicks;
import app.stepwise.people.PeopleImportService;
import app.stepwise.people.PeopleQuery;
import app.stepwise.people.PeopleService;
import app.stepwise.people.PersonSummary;
import app.stepwise.shared.Authority;
import app.stepwise.shared.ui.ResponsiveColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Administrators find, add, change and deactivate people; import and export them as CSV. */
@Route("admin/people")
@PageTitle("People")
@Menu(order = 50, icon = "vaadin:users", title = "People")
@RolesAllowed(Authority.Names.ADMIN)
public class PeopleView extends Div {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final TextField search = new TextField();
    private final Select<Authority> authority = new Select<>();
    private final Checkbox includeInactive = new Checkbox("Show deactivated");
    private final Grid<PersonSummary> grid = new Grid<>();
    /** The filter in force; read by the export, which runs outside the UI thread. */
    private volatile PeopleQuery currentQuery = PeopleQuery.everyone();
    private final transient PeopleService peopleService;
    private final transient PeopleImportService importService;

    public PeopleView(PeopleService peopleService, PeopleImportService importService) {
        this.peopleService = peopleService;
        this.importService = importService;
        addClassNames("page", "people-page");
        add(toolbar(), configureGrid());
        refresh();
    }

    private Div toolbar() {
        search.setPlaceholder("Search name, email or job title");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("people-search");
        search.addValueChangeListener(e -> refresh());
        authority.setItems(Authority.values());
        authority.setEmptySelectionAllowed(true);
        authority.setEmptySelectionCaption("All authorities");
        authority.setItemLabelGenerator(a -> a == null ? "All authorities" : a.label());
        authority.addValueChangeListener(e -> refresh());
        includeInactive.addValueChangeListener(e -> refresh());
        var add = new Button("Add person", VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-person");
        var importButton = new Button("Import CSV", VaadinIcon.UPLOAD.create(),
                e -> new PeopleImportDialog(importService, this::refresh).open());
        importButton.setId("import-people");
        var export = new Anchor(DownloadHandler.fromInputStream(event -> exportCsv()), "Export CSV");
        export.addClassName("button-link");
        export.setId("export-people");
        var filters = new Div(search, authority, includeInactive);
        filters.addClassName("toolbar-filters");
        var actions = new Div(export, importButton, add);
        actions.addClassName("toolbar-actions");
        var toolbar = new Div(filters, actions);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private Grid<PersonSummary> configureGrid() {
        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<PersonSummary>of(
                        "<div class='person-cell'><strong>${item.name}</strong><span>${item.email}</span></div>")
                        .withProperty("name", PersonSummary::name).withProperty("email", PersonSummary::email))
                .setHeader("Person").setKey("fullName").setSortable(true).setFlexGrow(3);
        var jobTitle = grid.addColumn(PersonSummary::jobTitle).setHeader("Job title").setKey("jobTitle").setSortable(true).setFlexGrow(2);
        var manager = grid.addColumn(PersonSummary::managerName).setHeader("Manager").setFlexGrow(2);
        var authorities = grid.addColumn(p -> p.authorities().stream().sorted().map(Authority::label).collect(Collectors.joining(", ")))
                .setHeader("Authorities").setFlexGrow(2);
        var started = grid.addColumn(p -> p.startDate() == null ? "" : DATE.format(p.startDate()))
                .setHeader("Started").setKey("startDate").setSortable(true).setFlexGrow(1);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(jobTitle, manager, authorities, started));
        grid.addComponentColumn(PeopleView::status).setHeader("Status").setFlexGrow(1);
        RowClicks.open(grid, this::openEditor); // a click on a row still loading must not open "Add a person"
        grid.setEmptyStateText("No one matches these filters.");
        return grid;
    }

    private static Span status(PersonSummary person) {
        var badge = new Span(!person.active() ? "Deactivated" : person.canSignIn() ? "Active" : "No password yet");
        badge.getElement().getThemeList().add(!person.active() ? "badge contrast" : person.canSignIn() ? "badge success" : "badge");
        return badge;
    }

    private PeopleQuery query() {
        return new PeopleQuery(search.getValue(), authority.getValue(), includeInactive.getValue());
    }

    private void refresh() {
        var filter = query();
        currentQuery = filter;
        grid.setItems(q -> peopleService.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) peopleService.count(filter));
    }

    private void openEditor(PersonSummary person) {
        new PersonDialog(peopleService, person, this::refresh).open();
    }

    private DownloadResponse exportCsv() {
        var out = new StringWriter();
        peopleService.exportCsv(currentQuery, out);
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), "stepwise-people.csv", "text/csv", bytes.length);
    }
}
