package app.stepwise.content.ui;

import app.stepwise.shared.ui.RowClicks;
import app.stepwise.content.ContentExport;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.ModuleHistory;
import app.stepwise.content.ModuleSummary;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.Authority;
import app.stepwise.shared.ui.ResponsiveColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Every process module with its roles, owner, current version and last change; click for the history.
 * {@code content/library?history=<module id>} opens that module's history at once, for links from the studio.
 */
@Route("content/library")
@PageTitle("Process library")
@Menu(order = 20, icon = "vaadin:book", title = "Library")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN, Authority.Names.MANAGER})
public class LibraryView extends Div implements BeforeEnterObserver {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final transient ContentLibrary library;
    private final transient ModuleHistory history;
    private final transient ContentExport export;
    private final boolean canDecide;
    private final transient PeopleService people;

    public LibraryView(ContentLibrary library, ModuleHistory history, ContentExport export, PeopleService people,
                       AuthenticationContext authentication) {
        this.people = people;
        this.library = library;
        this.history = history;
        this.export = export;
        this.canDecide = authentication.hasAnyRole(Authority.Names.TRAINER, Authority.Names.ADMIN);
        addClassNames("page", "library-page");
        var filter = new TextField();
        filter.setPlaceholder("Search title, id, owner or tag");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("library-filter");
        var grid = new Grid<ModuleSummary>();
        grid.setId("library-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<ModuleSummary>of("<div class='person-cell'><strong>${item.title}</strong><span>${item.id}</span></div>")
                .withProperty("title", ModuleSummary::title).withProperty("id", ModuleSummary::id)).setHeader("Module").setFlexGrow(3);
        var roles = grid.addColumn(m -> String.join(", ", m.roles())).setHeader("Roles").setFlexGrow(2);
        var owner = grid.addColumn(ModuleSummary::owner).setHeader("Owner").setFlexGrow(2);
        grid.addColumn(m -> "v" + m.currentVersion()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        var changed = grid.addColumn(m -> DAY.format(m.lastChangedAt())).setHeader("Last change").setAutoWidth(true).setFlexGrow(0);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(roles, owner, changed));
        grid.setEmptyStateText("No process modules yet. Import your process docs on the Import page.");
        RowClicks.open(grid, this::openHistory);
        Runnable load = () -> {
            String text = filter.getValue();
            grid.setItems(q -> library.find(text, q.getOffset(), q.getLimit()).stream(), q -> (int) library.count(text));
        };
        filter.addValueChangeListener(e -> load.run());
        load.run();
        var toolbar = new Div(filter);
        toolbar.addClassName("toolbar");
        if (canDecide) {
            toolbar.add(Downloads.link("export-all", "Export all (zip)", "stepwise-content.zip", Downloads.ZIP, export::everything));
        }
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("history")
                .flatMap(library::module).ifPresent(this::openHistory);
    }

    private void openHistory(ModuleSummary module) {
        new VersionHistoryDialog(library, history, canDecide ? export : null, people, module).open();
    }
}
