package app.stepwise.content.ui;

import app.stepwise.content.ModuleSummary;
import app.stepwise.content.ModuleVersionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** A module's versions, newest first: who published it, when, the note and what changed. */
class VersionHistoryDialog extends Dialog {
    VersionHistoryDialog(ModuleSummary module, List<ModuleVersionSummary> versions) {
        setHeaderTitle(module.title());
        setId("version-history");
        setWidth("min(960px, 100vw)");
        var facts = new Paragraph(String.join(" · ", List.of(module.id(),
                module.owner() == null ? "no owner" : "owner: " + module.owner(),
                module.roles().isEmpty() ? "no roles" : "roles: " + String.join(", ", module.roles()),
                module.estimateMinutes() == null ? "no estimate" : module.estimateMinutes() + " min",
                "from " + module.sourcePath())));
        facts.addClassName("subtitle");
        var grid = new Grid<ModuleVersionSummary>();
        grid.setId("version-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> "v" + v.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> LibraryView.DAY.format(v.publishedAt()) + " by " + v.publishedBy()).setHeader("Published").setFlexGrow(2);
        grid.addColumn(v -> v.changeClass() == null ? "first version" : v.changeClass().name().toLowerCase()).setHeader("Change").setAutoWidth(true);
        grid.addColumn(v -> v.changeSummary() == null ? "" : v.changeSummary()).setHeader("What changed").setFlexGrow(4);
        grid.addColumn(v -> v.versionNote() == null ? "" : v.versionNote()).setHeader("Note").setFlexGrow(2);
        grid.addColumn(v -> v.steps() + " steps, " + v.questions() + " questions").setHeader("Contents").setFlexGrow(1);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        add(facts, grid);
        getFooter().add(new Button("Close", e -> close()));
    }
}
