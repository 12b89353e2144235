package app.stepwise.studio.ui;

import app.stepwise.shared.ui.RowClicks;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.ModuleSummary;
import app.stepwise.shared.Authority;
import app.stepwise.shared.ui.ResponsiveColumns;
import app.stepwise.studio.DraftSummary;
import app.stepwise.studio.StudioDrafts;
import app.stepwise.studio.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Where trainers start: drafts in progress, a new module from the template, or any published module to edit. */
@Route("studio")
@PageTitle("Trainer studio")
@Menu(order = 19, icon = "vaadin:edit", title = "Studio")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN})
public class StudioView extends Div {

    public StudioView(StudioDrafts drafts, ContentLibrary library) {
        addClassNames("page", "studio-page");
        var intro = new Paragraph("Write a process as a module, or change one: drafts save as you type and only trainers "
                + "see them. Publishing makes a new version for learners.");
        intro.addClassName("subtitle");
        var create = new Button("New module", VaadinIcon.PLUS.create(), e -> new NewModuleDialog(drafts).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-module");
        var toolbar = new Div(intro, create);
        toolbar.addClassName("toolbar");
        add(toolbar, new H3("Drafts"), draftGrid(drafts), new H3("Published modules"), libraryFilter(library));
    }

    private static Grid<DraftSummary> draftGrid(StudioDrafts drafts) {
        var grid = new Grid<DraftSummary>();
        grid.setId("studio-drafts");
        grid.addColumn(draftCell()).setHeader("Module").setFlexGrow(3);
        var base = grid.addColumn(d -> d.baseVersion() == 0 ? "new module" : "changes to v" + d.baseVersion())
                .setHeader("Draft of").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.updatedBy() + ", " + Times.dayAndTime(d.updatedAt()) + " UTC").setHeader("Last saved").setFlexGrow(2);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(base));
        grid.setItems(q -> drafts.drafts(q.getOffset(), q.getLimit()).stream(), q -> (int) drafts.countDrafts());
        grid.setEmptyStateText("No drafts. Start a new module, or open a published one below.");
        RowClicks.open(grid, draft -> open(grid, draft.moduleKey()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Div libraryFilter(ContentLibrary library) {
        var filter = new TextField();
        filter.setPlaceholder("Search title, id, owner or tag");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("studio-library-filter");
        var grid = new Grid<ModuleSummary>();
        grid.setId("studio-library");
        grid.addColumn(moduleCell(ModuleSummary::title, ModuleSummary::id)).setHeader("Module").setFlexGrow(3);
        var owner = grid.addColumn(ModuleSummary::owner).setHeader("Owner").setFlexGrow(2);
        grid.addColumn(m -> "v" + m.currentVersion()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, List.of(owner));
        grid.setEmptyStateText("No published modules match. Import process docs, or start a new module.");
        RowClicks.open(grid, module -> open(grid, module.id()));
        Runnable load = () -> grid.setItems(q -> library.find(filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) library.count(filter.getValue()));
        filter.addValueChangeListener(e -> load.run());
        load.run();
        var toolbar = new Div(filter);
        toolbar.addClassName("toolbar");
        return new Div(toolbar, grid);
    }

    private static <T> LitRenderer<T> moduleCell(com.vaadin.flow.function.ValueProvider<T, String> title,
                                                 com.vaadin.flow.function.ValueProvider<T, String> key) {
        return LitRenderer.<T>of("<div class='person-cell'><strong>${item.title}</strong><span>${item.key}</span></div>")
                .withProperty("title", title).withProperty("key", key);
    }

    /** As {@link #moduleCell}, with a badge under a draft that waits for a second trainer, on a phone too. */
    private static LitRenderer<DraftSummary> draftCell() {
        return LitRenderer.<DraftSummary>of("<div class='person-cell'><strong>${item.title}</strong><span>${item.key}</span>"
                        + "<div class='draft-approval' ?hidden=${!item.requester}><span theme='badge contrast'>Awaiting approval"
                        + "</span> <span>asked by ${item.requester}</span></div></div>")
                .withProperty("title", DraftSummary::title).withProperty("key", DraftSummary::moduleKey)
                .withProperty("requester", d -> d.awaitingApproval() ? d.approvalRequestedBy() : "");
    }

    private static void open(Grid<?> grid, String moduleKey) {
        grid.getUI().ifPresent(ui -> ui.navigate(StudioEditorView.class, StudioEditorView.parameters(moduleKey)));
    }
}
