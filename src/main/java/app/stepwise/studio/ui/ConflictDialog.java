package app.stepwise.studio.ui;

import app.stepwise.studio.Draft;
import app.stepwise.studio.DraftConflictException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Someone else changed the module while this trainer edited: both texts side by side, nothing saved yet.
 * The trainer keeps theirs (saved on top of the other change) or takes the other text; either way the text
 * they set aside stays on the page to copy from.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(DraftConflictException conflict, String mine, Consumer<String> keepMine, Consumer<Draft> takeTheirs) {
        setHeaderTitle("Someone else changed this module");
        setId("conflict-dialog");
        setWidth("min(70rem, 100vw)");
        setCloseOnOutsideClick(false);
        var message = new Paragraph(conflict.getMessage());
        message.setId("conflict-message");
        message.addClassNames("callout", "callout-error");
        var texts = new Div(text("Their text", conflict.theirs().source(), "conflict-theirs"), text("Your text", mine, "conflict-mine"));
        texts.addClassName("studio-conflict-texts");
        add(message, texts);
        var keep = new Button("Keep my text", e -> {
            close();
            keepMine.accept(mine);
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setId("conflict-keep-mine");
        var take = new Button("Take their text", e -> {
            close();
            takeTheirs.accept(conflict.theirs());
        });
        take.setId("conflict-take-theirs");
        getFooter().add(take, keep);
    }

    private static TextArea text(String label, String value, String id) {
        var area = new TextArea(label);
        area.setValue(value);
        area.setReadOnly(true);
        area.setId(id);
        area.addClassName("studio-conflict-text");
        return area;
    }
}
