package app.stepwise.notifications.ui;

import app.stepwise.notifications.NotificationService;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.ui.HeaderItem;
import com.vaadin.flow.component.Component;
import java.time.Clock;

/** Puts the notification bell in the header of every signed-in page; nothing for anonymous visitors. */
@org.springframework.stereotype.Component
class NotificationBellItem implements HeaderItem {
    private final NotificationService notifications;
    private final Clock clock;

    NotificationBellItem(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Component create() {
        return CurrentPerson.find().isPresent() ? new NotificationBell(notifications, clock) : null;
    }
}
