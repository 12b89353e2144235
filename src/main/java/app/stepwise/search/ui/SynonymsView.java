package app.stepwise.search.ui;

import app.stepwise.search.KnowledgeBase;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Trainers keep the search synonyms: words people type that the processes call something else. */
@Route("search/synonyms")
@PageTitle("Search synonyms")
@Menu(order = 25, icon = "vaadin:exchange", title = "Search synonyms")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN})
public class SynonymsView extends Div {
    private final TextArea synonyms = new TextArea("Synonyms");
    private final transient KnowledgeBase knowledgeBase;

    public SynonymsView(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        addClassNames("page", "synonyms-page");
        var help = new Paragraph("One line per group of phrases that mean the same thing, separated by commas: "
                + "“pto, time off, vacation”. A search for any of them finds the others. “po => purchase order” makes "
                + "a search for the left side also look for the right side. Lines starting with # are comments. "
                + "Changes apply to the next search; nothing needs rebuilding.");
        help.addClassName("subtitle");
        synonyms.setId("synonyms-text");
        synonyms.setWidthFull();
        synonyms.addClassName("synonyms-text");
        synonyms.setValue(knowledgeBase.synonyms());
        var save = new Button("Save synonyms", click -> save());
        save.setId("save-synonyms");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new Div(help, synonyms, save);
        card.addClassName("card");
        add(card);
    }

    private void save() {
        synonyms.setInvalid(false);
        try {
            int phrases = knowledgeBase.saveSynonyms(synonyms.getValue());
            Notification.show("Saved: " + phrases + " phrases have synonyms.", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException problem) {
            synonyms.setErrorMessage(problem.getMessage());
            synonyms.setInvalid(true);
        }
    }
}
