package app.stepwise.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * Shown when opening a page fails unexpectedly. The person sees an apology and a reference; the
 * exception, with that reference, goes to the log. Never a stack trace or exception text in the page.
 */
@PermitAll
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReports.log("opening " + event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        setId("internal-error");
        addClassName("page-not-available");
        var home = new Anchor("", "Go to your home page");
        home.addClassName("button-link");
        add(new H2("Something went wrong on our side"),
                new Paragraph("This page could not be opened. Please try again; if it keeps happening, "
                        + "tell your administrator the reference " + reference + "."), home);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
