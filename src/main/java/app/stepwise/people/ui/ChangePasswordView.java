package app.stepwise.people.ui;

import app.stepwise.people.AccountService;
import app.stepwise.people.PasswordPolicy;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Choose a new password; the first stop for anyone who signed in with a temporary one. */
@Route("account/password")
@PageTitle("Change password")
@PermitAll
public class ChangePasswordView extends Div {
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField chosen = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("Repeat new password");
    private final transient AccountService accounts;

    public ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("page", "narrow-page");
        current.setId("current-password");
        chosen.setId("new-password");
        repeated.setId("repeat-password");
        chosen.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        for (var field : new PasswordField[] {current, chosen, repeated}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
        }
        var save = new Button("Change password", e -> save());
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        if (accounts.passwordChangeRequired()) {
            var banner = new Paragraph("You signed in with a temporary password. Choose your own to continue.");
            banner.addClassName("callout");
            banner.setId("password-change-required");
            add(banner);
        }
        var card = new Div(current, chosen, repeated, save);
        card.addClassName("card");
        add(card);
    }

    private void save() {
        for (var field : new PasswordField[] {current, chosen, repeated}) {
            field.setInvalid(false);
        }
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("The two new passwords are different.");
            repeated.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(current.getValue(), chosen.getValue());
            Notification.show("Your password was changed.", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (InvalidInputException problems) {
            show(current, problems.fieldErrors().get("currentPassword"));
            show(chosen, problems.fieldErrors().get("newPassword"));
        }
    }

    private static void show(PasswordField field, String message) {
        if (message != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
