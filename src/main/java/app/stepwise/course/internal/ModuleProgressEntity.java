package app.stepwise.course.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** One person's progress on one module version; a new version starts afresh. */
@Entity
@Table(name = "module_progress")
public class ModuleProgressEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "module_key", nullable = false, length = 120)
    private String moduleKey;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "steps_ticked", length = 4000)
    private String stepsTicked;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ModuleProgressEntity() {
    }

    public ModuleProgressEntity(long personId, String moduleKey, int moduleVersion, Instant now) {
        this.personId = personId;
        this.moduleKey = moduleKey;
        this.moduleVersion = moduleVersion;
        this.updatedAt = now;
    }

    public Set<String> getStepsTicked() {
        return stepsTicked == null || stepsTicked.isBlank() ? new LinkedHashSet<>()
                : new LinkedHashSet<>(Arrays.asList(stepsTicked.split(",")));
    }

    public void tick(String anchor, boolean ticked, Instant now) {
        var steps = getStepsTicked();
        if (ticked) {
            steps.add(anchor);
        } else {
            steps.remove(anchor);
        }
        this.stepsTicked = String.join(",", steps);
        this.updatedAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public int getModuleVersion() {
        return moduleVersion;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
