package app.stepwise.people.ui;

import app.stepwise.people.ApiTokenService;
import app.stepwise.people.ApiTokenSummary;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A person's API tokens for the search API: create one (its secret is shown once, to copy), see when
 * each was last used, revoke those no longer needed.
 */
@Route("account/tokens")
@PageTitle("API tokens")
@PermitAll
public class ApiTokensView extends Div {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final TextField name = new TextField("Token name");
    private final Div created = new Div();
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final transient ApiTokenService tokens;

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassNames("page", "tokens-page");
        var help = new Paragraph("A personal API token lets a script, the intranet or a chat bot search the knowledge base "
                + "as you: send it as “Authorization: Bearer <token>” to /api/search. It opens nothing else. "
                + "Treat it like a password and revoke it when it is no longer needed.");
        help.addClassName("subtitle");
        name.setId("token-name");
        name.setPlaceholder("e.g. Intranet search");
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        var create = new Button("Create token", click -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(name);
        var form = new Div(name, create);
        form.addClassName("token-form");
        created.setId("created-token");
        var card = new Div(help, form, created);
        card.addClassName("card");
        grid.setId("tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        // Two columns, so the list reads at phone width too.
        grid.addComponentColumn(ApiTokensView::describe).setHeader("Token").setFlexGrow(3);
        grid.addComponentColumn(this::status).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(card, grid);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        try {
            var token = tokens.create(name.getValue());
            var secret = new TextField("Your new token: copy it now, it is not shown again");
            secret.setId("new-token-secret");
            secret.setValue(token.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            created.removeAll();
            created.add(secret);
            created.addClassNames("callout", "callout-success");
            name.clear();
            refresh();
        } catch (InvalidInputException problem) {
            name.setErrorMessage(problem.getMessage());
            name.setInvalid(true);
        }
    }

    private static Component describe(ApiTokenSummary token) {
        var name = new Span(token.name());
        name.addClassName("token-name");
        var facts = new Span(token.prefix() + "…  ·  created " + when(token.createdAt()) + "  ·  last used "
                + (token.lastUsedAt() == null ? "never" : when(token.lastUsedAt())));
        var cell = new Div(name, facts);
        cell.addClassName("person-cell");
        return cell;
    }

    private Component status(ApiTokenSummary token) {
        if (!token.active()) {
            var revoked = new Span("revoked " + when(token.revokedAt()));
            revoked.getElement().getThemeList().add("badge");
            return revoked;
        }
        var revoke = new Button("Revoke", click -> {
            tokens.revoke(token.id());
            refresh();
        });
        revoke.setId("revoke-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.mine()); // a handful per person, at most ten of them active
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
