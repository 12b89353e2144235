package app.stepwise.notifications.ui;

import app.stepwise.notifications.Notification;
import app.stepwise.notifications.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The bell in the header: the unread count as a badge, and on click a popover with the newest
 * notifications. There is no server push, so the count is refreshed when the bell is attached, after
 * every navigation, and when the person marks notifications read.
 */
class NotificationBell extends Div {
    static final int RECENT = 8;

    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private final transient NotificationService notifications;
    private final transient Clock clock;
    private final List<Registration> uiRegistrations = new ArrayList<>();

    NotificationBell(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        addClassName("notification-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.addClassName("notification-count");
        count.getElement().setAttribute("aria-hidden", "true"); // the button's label says it
        add(bell, count, popover());
    }

    private Popover popover() {
        popover.setTarget(bell);
        popover.setId("notification-popover");
        popover.setAriaLabel("Notifications");
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.addClassName("notification-popover");
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                showRecent();
            }
        });
        var heading = new Span("Notifications");
        heading.addClassName("notification-popover-title");
        var markAll = new Button("Mark all as read", event -> markAllRead());
        markAll.setId("notification-mark-all-read");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var header = new Div(heading, markAll);
        header.addClassName("notification-popover-header");
        list.setId("notification-list");
        list.addClassName("notification-list");
        var seeAll = new Button("See all notifications", event -> {
            popover.close();
            getUI().ifPresent(ui -> ui.navigate(NotificationsView.class));
        });
        seeAll.setId("notification-see-all");
        seeAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var footer = new Div(seeAll);
        footer.addClassName("notification-popover-footer");
        popover.add(header, list, footer);
        return popover;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        uiRegistrations.add(ui.addAfterNavigationListener(navigation -> refreshCount()));
        uiRegistrations.add(NotificationsChanged.listen(ui, this::refresh));
        refreshCount();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        uiRegistrations.forEach(Registration::remove);
        uiRegistrations.clear();
        super.onDetach(event);
    }

    private void refresh() {
        refreshCount();
        if (popover.isOpened()) {
            showRecent();
        }
    }

    private void refreshCount() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel("Notifications, " + unread + " unread");
    }

    private void showRecent() {
        list.removeAll();
        var recent = notifications.recent(RECENT);
        if (recent.isEmpty()) {
            var empty = new Paragraph("No notifications yet. You'll hear here when a trainer reviews your work.");
            empty.addClassName("notification-empty");
            list.add(empty);
        }
        var now = clock.instant();
        recent.forEach(notification -> list.add(item(notification, now)));
    }

    private Component item(Notification notification, java.time.Instant now) {
        var title = new Span(notification.title());
        title.addClassName("notification-item-title");
        var item = new Div(title);
        if (!notification.detail().isEmpty()) {
            var detail = new Span(notification.detail());
            detail.addClassName("notification-item-detail");
            item.add(detail);
        }
        var when = new Span((notification.read() ? "" : "Unread · ") + NotificationActions.ago(notification.createdAt(), now));
        when.addClassName("notification-item-time");
        item.add(when);
        item.setId("notification-" + notification.id());
        item.addClassNames("notification-item", notification.read() ? "read" : "unread");
        item.getElement().setAttribute("role", "button").setAttribute("tabindex", "0");
        item.addClickListener(click -> open(notification));
        Shortcuts.addShortcutListener(item, () -> open(notification), Key.ENTER).listenOn(item);
        return item;
    }

    private void open(Notification notification) {
        popover.close();
        getUI().ifPresent(ui -> {
            NotificationActions.open(notifications, notification, ui);
            refreshCount();
        });
    }

    private void markAllRead() {
        notifications.markAllRead();
        getUI().ifPresent(NotificationsChanged::fire);
    }
}
