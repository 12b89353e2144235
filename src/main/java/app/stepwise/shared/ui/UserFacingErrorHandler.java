package app.stepwise.shared.ui;

import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Failures in clicks and other UI events become a short notification instead of Vaadin's default
 * handling: a refused action says so, invalid input shows its message, anything else gets a reference
 * and is logged in full.
 */
@Component
class UserFacingErrorHandler implements VaadinServiceInitListener, ErrorHandler {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = rootOf(event.getThrowable());
        String message;
        if (failure instanceof AccessDeniedException) {
            message = "You don't have permission to do that.";
        } else if (failure instanceof InvalidInputException invalid) {
            message = invalid.getMessage();
        } else {
            message = "Something went wrong on our side. Please try again; reference "
                    + ErrorReports.log("handling a UI event", event.getThrowable()) + ".";
        }
        if (UI.getCurrent() != null) {
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && !(current instanceof AccessDeniedException)
                && !(current instanceof InvalidInputException)) {
            current = current.getCause();
        }
        return current;
    }
}
