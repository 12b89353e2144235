package app.stepwise.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notice a person received; unread until {@link #markRead} is called. */
@Entity
@Table(name = "notification")
public class NotificationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "title", nullable = false, length = NotificationText.TITLE_LENGTH)
    private String title;

    @Column(name = "detail", nullable = false, length = NotificationText.DETAIL_LENGTH)
    private String detail;

    @Column(name = "link", nullable = false, length = NotificationText.LINK_LENGTH)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "dedupe_key", length = 200)
    private String dedupeKey;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected NotificationEntity() {
    }

    /** Trims the text to the columns and drops a link that is not a plain in-app route. */
    public NotificationEntity(long personId, String title, String detail, String link, Instant createdAt) {
        this.personId = personId;
        this.title = NotificationText.title(title);
        this.detail = NotificationText.detail(detail);
        this.link = NotificationText.link(link);
        this.createdAt = createdAt;
    }

    /** A notice told once per key and person (reminders). */
    public NotificationEntity keyed(String key) {
        this.dedupeKey = key;
        return this;
    }

    public void emailed(Instant now) {
        this.emailedAt = now;
    }

    /** The first reading counts; reading again changes nothing. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
