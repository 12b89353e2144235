package app.stepwise.shared.ui;

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
public class InternalErrorView extends MessagePage implements HasErrorParameter<Exception> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReports.log("opening " + event.getLocation().getPath(), parameter.getCaughtException());
        show("internal-error", "Something went wrong on our side", "This page could not be opened. Please try again; "
                + "if it keeps happening, tell your administrator the reference " + reference + ".");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
