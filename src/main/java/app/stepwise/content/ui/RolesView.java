package app.stepwise.content.ui;

import app.stepwise.shared.ui.RowClicks;
import app.stepwise.content.ContentExport;
import app.stepwise.content.RoleBinder;
import app.stepwise.content.RoleEditor;
import app.stepwise.content.RoleListing;
import app.stepwise.shared.Authority;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The roles and their curricula; trainers and admins open one to edit it, or start a new one. */
@Route("content/roles")
@PageTitle("Roles")
@Menu(order = 23, icon = "vaadin:sitemap", title = "Roles")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN})
public class RolesView extends Div {

    public RolesView(RoleEditor editor, RoleBinder binder, ContentExport export) {
        addClassNames("page", "roles-page");
        var newRole = new Button("New role", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(RoleEditorView.class)));
        newRole.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRole.setId("new-role");
        var header = new Div(new H2("Roles"), newRole);
        header.addClassName("page-header");
        var grid = new Grid<RoleListing>();
        grid.setId("roles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<RoleListing>of("<div class='person-cell'><strong>${item.title}</strong><span>${item.id}</span></div>")
                .withProperty("title", RoleListing::title).withProperty("id", RoleListing::id))
                .setHeader("Role").setFlexGrow(3);
        grid.addColumn(r -> "v" + r.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> downloads(r.id(), binder, export)).setHeader("Download").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(editor.roles()); // a handful of roles, not a big list
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No roles yet. Import role files or create one.");
        RowClicks.open(grid, role -> getUI().ifPresent(ui -> ui.navigate(RoleEditorView.class, role.id())));
        add(header, new Paragraph("A role's required modules, in order, make its path; certification needs all of them. "
                + "Every change is a new version and is audited."), grid);
    }

    /** The binder for printing and auditors, and the role file; a click on them must not also open the role. */
    private static Div downloads(String roleId, RoleBinder binder, ContentExport export) {
        var pdf = Downloads.link("binder-" + roleId, "Binder", roleId + "-binder.pdf", Downloads.PDF,
                out -> out.write(binder.pdf(roleId)));
        var zip = Downloads.link("export-role-" + roleId, "File", roleId + ".zip", Downloads.ZIP, out -> export.role(roleId, out));
        var links = new Div(pdf, zip);
        links.addClassName("row-downloads");
        links.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        return links;
    }
}
