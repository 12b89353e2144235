package app.stepwise.certification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One module a certified person must redo at {@code toVersion} by {@code dueAt}. */
@Entity
@Table(name = "refresher")
public class RefresherEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "role_key", nullable = false, length = 120)
    private String roleKey;

    @Column(name = "module_key", nullable = false, length = 120)
    private String moduleKey;

    @Column(name = "from_version", nullable = false)
    private int fromVersion;

    @Column(name = "to_version", nullable = false)
    private int toVersion;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RefresherEntity() {
    }

    public RefresherEntity(long personId, String roleKey, String moduleKey, int fromVersion, int toVersion,
                           Instant dueAt, Instant createdAt) {
        this.personId = personId;
        this.roleKey = roleKey;
        this.moduleKey = moduleKey;
        this.fromVersion = fromVersion;
        this.toVersion = toVersion;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    public void done(Instant now) {
        this.doneAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getRoleKey() {
        return roleKey;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public int getFromVersion() {
        return fromVersion;
    }

    public int getToVersion() {
        return toVersion;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
