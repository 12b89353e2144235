package app.stepwise.notifications;

import java.time.Instant;

/**
 * One notice as its recipient sees it.
 *
 * @param link a route inside the app (e.g. {@code module/crm-basics}), or empty when there is nothing to open
 */
public record Notification(long id, String title, String detail, String link, Instant createdAt, boolean read) {
    public boolean hasLink() {
        return !link.isEmpty();
    }
}
