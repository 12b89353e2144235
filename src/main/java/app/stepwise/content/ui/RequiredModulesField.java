package app.stepwise.content.ui;

import app.stepwise.content.ModuleChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of modules: the order is the order people learn them. Real buttons move and remove entries, so it
 * works from the keyboard; a combo box adds one at the end.
 */
class RequiredModulesField extends Div {
    private final Map<String, ModuleChoice> byId;
    private final List<String> ids = new ArrayList<>();
    private final Div rows = new Div();
    private final Span error = new Span();

    RequiredModulesField(List<ModuleChoice> choices) {
        byId = choices.stream().collect(java.util.stream.Collectors.toMap(ModuleChoice::id, c -> c, (a, b) -> a));
        addClassName("ordered-modules");
        setId("role-required");
        rows.addClassName("ordered-modules-rows");
        var add = new ComboBox<ModuleChoice>("Add a required module");
        add.setId("role-required-add");
        add.setItems(choices);
        add.setItemLabelGenerator(c -> c.title() + " (" + c.id() + ")");
        add.setWidthFull();
        add.addValueChangeListener(e -> {
            if (e.getValue() != null && !ids.contains(e.getValue().id())) {
                ids.add(e.getValue().id());
                render();
            }
            if (e.getValue() != null) {
                add.clear();
            }
        });
        error.addClassName("field-error");
        error.setId("role-required-error");
        var label = new Span("Required modules, in the order people learn them");
        label.addClassName("field-label");
        add(label, rows, error, add);
    }

    void setValue(List<String> value) {
        ids.clear();
        ids.addAll(value);
        render();
    }

    List<String> getValue() {
        return List.copyOf(ids);
    }

    void setError(String message) {
        error.setText(message == null ? "" : message);
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < ids.size(); i++) {
            rows.add(row(i));
        }
        if (ids.isEmpty()) {
            rows.add(new Span("No required modules yet."));
        }
    }

    private Div row(int index) {
        String id = ids.get(index);
        var choice = byId.get(id);
        var name = new Span((index + 1) + ". " + (choice == null ? id : choice.title()));
        name.addClassName("ordered-modules-name");
        var up = iconButton(VaadinIcon.ARROW_UP, "Move " + id + " up", () -> move(index, -1));
        up.setEnabled(index > 0);
        var down = iconButton(VaadinIcon.ARROW_DOWN, "Move " + id + " down", () -> move(index, 1));
        down.setEnabled(index < ids.size() - 1);
        var remove = iconButton(VaadinIcon.CLOSE_SMALL, "Remove " + id, () -> {
            ids.remove(index);
            render();
        });
        var row = new Div(name, up, down, remove);
        row.addClassName("ordered-modules-row");
        row.setId("role-required-" + id);
        return row;
    }

    private void move(int index, int by) {
        Collections.swap(ids, index, index + by);
        render();
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
