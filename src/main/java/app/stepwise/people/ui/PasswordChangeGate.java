package app.stepwise.people.ui;

import app.stepwise.people.AccountService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Someone who signed in with a temporary password goes nowhere before choosing their own. */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {
    private final AccountService accounts;

    PasswordChangeGate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class
                    && isSignedIn() && accounts.passwordChangeRequired()) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }

    private static boolean isSignedIn() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }
}
