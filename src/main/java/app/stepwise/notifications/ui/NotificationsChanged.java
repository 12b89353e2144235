package app.stepwise.notifications.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Fired on the UI when the person marked notifications read, so the bell and the page, which live side
 * by side in one UI, both show the new state without a reload.
 */
final class NotificationsChanged extends ComponentEvent<UI> {
    private NotificationsChanged(UI ui) {
        super(ui, false);
    }

    static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new NotificationsChanged(ui));
    }

    static Registration listen(UI ui, Runnable refresh) {
        return ComponentUtil.addListener(ui, NotificationsChanged.class, event -> refresh.run());
    }
}
