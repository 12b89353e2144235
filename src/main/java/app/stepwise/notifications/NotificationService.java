package app.stepwise.notifications;

import app.stepwise.notifications.internal.NotificationEntity;
import app.stepwise.notifications.internal.NotificationRepository;
import app.stepwise.notifications.internal.OffsetLimit;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own notifications: how many are unread, the newest, all of them page by page,
 * and marking them read. Every method works on the caller's notifications only; an id that belongs to
 * someone else is treated as unknown, so nobody learns whether it exists.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationService {
    /** The most {@link #recent} and {@link #list} return in one call. */
    public static final int MAX_LIMIT = 100;

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public long unreadCount() {
        return notifications.countByPersonIdAndReadAtIsNull(me());
    }

    /** The newest notifications first, at most {@code limit} (capped at {@link #MAX_LIMIT}). */
    public List<Notification> recent(int limit) {
        return list(0, limit);
    }

    /** One slice of all the person's notifications, newest first, for a lazy list. */
    public List<Notification> list(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new InvalidInputException("limit", "Ask for at least one notification from a position of 0 or more.");
        }
        var slice = new OffsetLimit(offset, Math.min(limit, MAX_LIMIT));
        return notifications.newestFirst(me(), slice).stream().map(NotificationService::notification).toList();
    }

    /** How many notifications the person has, read or not. */
    public long count() {
        return notifications.countByPersonId(me());
    }

    /** Marks one of the caller's own notifications read; an id of someone else's is refused as unknown. */
    @Transactional
    public Notification markRead(long id) {
        var notification = notifications.findByIdAndPersonId(id, me())
                .orElseThrow(() -> new InvalidInputException("notification", "That notification does not exist."));
        notification.markRead(clock.instant());
        return notification(notification);
    }

    /** Marks all the caller's unread notifications read; returns how many changed. */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    private static long me() {
        return CurrentPerson.require().personId().value();
    }

    private static Notification notification(NotificationEntity entity) {
        return new Notification(entity.getId(), entity.getTitle(), entity.getDetail(), entity.getLink(),
                entity.getCreatedAt(), entity.getReadAt() != null);
    }
}
