package app.stepwise.studio.ui;

import app.stepwise.shared.InvalidInputException;
import app.stepwise.studio.StudioDrafts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Normalizer;
import java.util.Locale;

/** A title and an id (offered from the title) for a new module, which starts from the template. */
class NewModuleDialog extends Dialog {
    private final TextField title = new TextField("Title");
    private final TextField key = new TextField("Id");
    private boolean keyEdited;

    NewModuleDialog(StudioDrafts drafts) {
        setHeaderTitle("New module");
        setId("new-module-dialog");
        setWidth("min(32rem, 100vw)");
        title.setId("new-module-title");
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.addValueChangeListener(e -> {
            if (!keyEdited) {
                key.setValue(slug(e.getValue()));
            }
        });
        key.setId("new-module-key");
        key.setWidthFull();
        key.setHelperText("The module's permanent id in links and role files: lower-case letters, digits and dashes.");
        key.addValueChangeListener(e -> keyEdited |= e.isFromClient());
        var create = new Button("Create from the template", e -> create(drafts));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-module");
        add(new Paragraph("The module starts with every section filled in with examples: replace them with your process."),
                title, key);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    private void create(StudioDrafts drafts) {
        title.setInvalid(false);
        key.setInvalid(false);
        try {
            var draft = drafts.create(key.getValue(), title.getValue());
            close();
            getUI().ifPresent(ui -> ui.navigate(StudioEditorView.class, StudioEditorView.parameters(draft.moduleKey())));
        } catch (InvalidInputException invalid) {
            var field = invalid.fieldErrors().containsKey("title") ? title : key;
            field.setErrorMessage(invalid.getMessage());
            field.setInvalid(true);
        }
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= 120 ? slug : slug.substring(0, 120).replaceAll("-$", "");
    }
}
