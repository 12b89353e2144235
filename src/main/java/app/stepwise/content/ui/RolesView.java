package app.stepwise.content.ui;

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

    public RolesView(RoleEditor editor) {
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
        grid.setItems(editor.roles()); // a handful of roles, not a big list
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No roles yet. Import role files or create one.");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RoleEditorView.class, click.getItem().id())));
        add(header, new Paragraph("A role's required modules, in order, make its path; certification needs all of them. "
                + "Every change is a new version and is audited."), grid);
    }
}
