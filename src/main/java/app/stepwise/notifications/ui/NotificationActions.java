package app.stepwise.notifications.ui;

import app.stepwise.notifications.Notification;
import app.stepwise.notifications.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the bell and the page do alike: open a notification and say how long ago it came. */
final class NotificationActions {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private NotificationActions() {
    }

    /** Marks it read, tells the UI, then follows its link if it has one. */
    static void open(NotificationService notifications, Notification notification, UI ui) {
        if (!notification.read()) {
            notifications.markRead(notification.id());
            NotificationsChanged.fire(ui);
        }
        if (notification.hasLink()) {
            follow(notification.link(), ui);
        }
    }

    /** Links are plain in-app routes (checked when stored); one with a fragment needs a full load to scroll. */
    private static void follow(String link, UI ui) {
        if (link.contains("#")) {
            ui.getPage().setLocation(link);
            return;
        }
        int query = link.indexOf('?');
        if (query < 0) {
            ui.navigate(link);
        } else {
            ui.navigate(link.substring(0, query), QueryParameters.fromString(link.substring(query + 1)));
        }
    }

    static String ago(Instant when, Instant now) {
        var age = Duration.between(when, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() < 7) {
            return age.toDays() == 1 ? "1 day ago" : age.toDays() + " days ago";
        }
        return DAY.format(when);
    }
}
