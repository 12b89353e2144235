package app.stepwise.content.ui;

import app.stepwise.content.ChangeClass;
import app.stepwise.content.ContentExport;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.ModuleHistory;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.ModuleVersionSummary;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * A module's versions, newest first: who published it, when, the note and what changed. Trainers decide
 * whether a change is material or minor, whatever the importer suggested.
 */
class VersionHistoryDialog extends Dialog {
    private final transient ContentLibrary library;
    private final ModuleSummary module;
    private final boolean canDecide;

    /** {@code export} is null for people who may not export or decide (managers). */
    VersionHistoryDialog(ContentLibrary library, ModuleHistory history, ContentExport export, PeopleService people,
                         ModuleSummary module) {
        this.library = library;
        this.module = module;
        this.canDecide = export != null;
        setHeaderTitle(module.title());
        setId("version-history");
        setWidth("min(1040px, 100vw)");
        var facts = new Paragraph(String.join(" · ", List.of(module.id(),
                module.owner() == null ? "no owner" : "owner: " + module.owner(),
                module.roles().isEmpty() ? "no roles" : "roles: " + String.join(", ", module.roles()),
                module.estimateMinutes() == null ? "no estimate" : module.estimateMinutes() + " min",
                "from " + module.sourcePath())));
        facts.addClassName("subtitle");
        var grid = new Grid<ModuleVersionSummary>();
        grid.setId("version-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> "v" + v.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        var versions = library.versions(module.id());
        var authors = Authors.of(people, versions.stream().map(ModuleVersionSummary::publishedBy).toList());
        grid.addColumn(v -> LibraryView.DAY.format(v.publishedAt()) + " by " + authors.name(v.publishedBy()))
                .setHeader("Published").setFlexGrow(2);
        grid.addComponentColumn(this::changeClass).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.changeSummary() == null ? "" : v.changeSummary()).setHeader("What changed").setFlexGrow(4);
        grid.addColumn(v -> v.versionNote() == null ? "" : v.versionNote()).setHeader("Note").setFlexGrow(2);
        grid.addColumn(v -> v.steps() + " steps, " + v.questions() + " questions").setHeader("Contents").setFlexGrow(1);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        add(facts, grid);
        if (versions.size() > 1) {
            add(comparison(history, versions.stream().map(ModuleVersionSummary::version).toList()));
        }
        if (export != null) {
            getFooter().add(Downloads.link("export-module", "Download module (zip)", module.id() + ".zip", Downloads.ZIP,
                    out -> export.module(module.id(), out)));
        }
        getFooter().add(new Button("Close", e -> close()));
    }

    /** Any two versions, chosen by the trainer: by default the previous one against the current one. */
    private Component comparison(ModuleHistory history, List<Integer> numbers) {
        var from = versionSelect("compare-from", "From", numbers, numbers.get(1));
        var to = versionSelect("compare-to", "To", numbers, numbers.getFirst());
        var result = new Div();
        var compare = new Button("Compare", click -> {
            result.removeAll();
            try {
                result.add(new VersionDiffView(history.compare(module.id(), from.getValue(), to.getValue()),
                        from.getValue(), to.getValue()));
            } catch (InvalidInputException problem) {
                Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        compare.setId("compare-versions");
        var controls = new Div(from, to, compare);
        controls.addClassName("compare-controls");
        return new Div(controls, result);
    }

    private static Select<Integer> versionSelect(String id, String label, List<Integer> numbers, int value) {
        var select = new Select<Integer>();
        select.setLabel(label);
        select.setItems(numbers);
        select.setItemLabelGenerator(n -> "v" + n);
        select.setValue(value);
        select.setId(id);
        return select;
    }

    private Component changeClass(ModuleVersionSummary version) {
        if (version.changeClass() == null) {
            return new Span("first version");
        }
        if (!canDecide) {
            return new Span(version.changeClass().name().toLowerCase());
        }
        var select = new Select<ChangeClass>();
        select.setItems(ChangeClass.MATERIAL, ChangeClass.MINOR);
        select.setItemLabelGenerator(c -> c.name().toLowerCase());
        select.setValue(version.changeClass() == ChangeClass.NONE ? ChangeClass.MINOR : version.changeClass());
        select.setId("change-class-v" + version.version());
        select.setTooltipText("Suggested: " + (version.suggestedChangeClass() == null ? "-" : version.suggestedChangeClass().name().toLowerCase())
                + ". Material: people certified on an older version get a refresher.");
        select.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                library.decideChangeClass(module.id(), version.version(), change.getValue());
                Notification.show("v" + version.version() + " is now " + change.getValue().name().toLowerCase() + ".", 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException problem) {
                select.setValue(change.getOldValue());
                Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return select;
    }
}
