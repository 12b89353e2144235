package app.stepwise.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;

/** Sign-in by email and password; explains wrong passwords, throttling and ended sessions. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Stepwise")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final transient AuthenticationContext authenticationContext;

    public LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null));
        form.setId("login-form");
        notice.addClassName("login-notice");
        notice.setId("login-notice");
        notice.setVisible(false);
        var help = new Paragraph("Forgot your password? Ask an administrator to set a temporary one.");
        help.addClassName("login-help");
        var panel = new Div(notice, form, help);
        panel.addClassName("login-panel");
        add(brandPanel(), panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            String minutes = parameters.get("throttled").stream().findFirst().orElse("a few");
            form.setI18n(texts(new String[] {"Too many failed sign-ins",
                    "For your account's safety, wait " + minutes + " minute(s) and try again."}));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        } else if (parameters.containsKey("ended")) {
            show("Your session ended because your account changed. Please sign in again.");
        } else if (parameters.containsKey("logout")) {
            show("You have signed out.");
        }
    }

    private void show(String message) {
        notice.setText(message);
        notice.setVisible(true);
    }

    private static LoginI18n texts(String[] error) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(error == null ? "Wrong email or password" : error[0]);
        i18n.getErrorMessage().setMessage(error == null
                ? "Check that you typed your work email and password correctly, then try again." : error[1]);
        return i18n;
    }

    private static Div brandPanel() {
        var mark = new Span("S");
        mark.addClassName("brand-mark");
        var title = new H1("Stepwise");
        var tagline = new Paragraph("Learn the way your company works: step by step, from your own processes.");
        var panel = new Div(mark, title, tagline);
        panel.addClassName("login-brand");
        return panel;
    }
}
