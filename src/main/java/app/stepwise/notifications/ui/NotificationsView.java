package app.stepwise.notifications.ui;

import app.stepwise.notifications.Notification;
import app.stepwise.notifications.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/** Every notification the person received, newest first, loaded lazily; opened from the bell's "See all". */
@Route("notifications")
@PageTitle("Notifications")
@PermitAll
public class NotificationsView extends Div {
    private static final String ROW = """
            <div class="notification-row ${item.state}">
              <span class="notification-row-title">${item.title}</span>
              <span class="notification-row-detail">${item.detail}</span>
              <span class="notification-row-meta">${item.meta}</span>
            </div>""";
    private static final String ACTION = """
            <vaadin-button theme="tertiary small" id="open-notification-${item.id}" ?hidden=${!item.action}
                @click=${open}>${item.action}</vaadin-button>""";

    private final Span summary = new Span();
    private final Button markAll = new Button("Mark all as read", VaadinIcon.CHECK.create(), event -> markAllRead());
    private final Grid<Notification> grid = new Grid<>();
    private final transient NotificationService notifications;
    private final transient Clock clock;
    private Registration changes;

    public NotificationsView(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        addClassNames("page", "notifications-page");
        summary.setId("notifications-summary");
        summary.addClassName("notifications-summary");
        markAll.setId("notifications-mark-all-read");
        var toolbar = new Div(summary, markAll);
        toolbar.addClassName("toolbar");
        add(toolbar, grid());
        showSummary();
    }

    private Grid<Notification> grid() {
        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(LitRenderer.<Notification>of(ROW)
                        .withProperty("state", n -> n.read() ? "read" : "unread")
                        .withProperty("title", Notification::title)
                        .withProperty("detail", Notification::detail)
                        .withProperty("meta", n -> (n.read() ? "Read" : "Unread") + " · "
                                + NotificationActions.ago(n.createdAt(), clock.instant())))
                .setHeader("Notification").setFlexGrow(1);
        grid.addColumn(LitRenderer.<Notification>of(ACTION)
                        .withProperty("id", Notification::id)
                        .withProperty("action", n -> n.hasLink() ? "Open" : n.read() ? "" : "Mark read")
                        .withFunction("open", n -> getUI().ifPresent(ui -> NotificationActions.open(notifications, n, ui))))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notifications.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) notifications.count());
        grid.setEmptyStateText("No notifications yet. When a trainer reviews your work or a step you flagged is"
                + " fixed, you'll hear about it here.");
        return grid;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        changes = NotificationsChanged.listen(event.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        changes.remove();
        super.onDetach(event);
    }

    private void markAllRead() {
        notifications.markAllRead();
        getUI().ifPresent(NotificationsChanged::fire);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showSummary();
    }

    private void showSummary() {
        long unread = notifications.unreadCount();
        long total = notifications.count();
        summary.setText(total == 0 ? "" : unread == 0 ? "All " + total + " read" : unread + " unread of " + total);
        markAll.setEnabled(unread > 0);
    }
}
