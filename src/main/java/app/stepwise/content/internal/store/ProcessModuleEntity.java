package app.stepwise.content.internal.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A process module: its stable key, the facts of its current version, and which version is current. */
@Entity
@Table(name = "process_module")
public class ProcessModuleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_key", nullable = false, length = 120, unique = true)
    private String key;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 200)
    private String owner;

    @Column(name = "estimate_minutes")
    private Integer estimateMinutes;

    @Column(length = 1000)
    private String tags;

    @Column(length = 2000)
    private String prerequisites;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "source_path", nullable = false, length = 500)
    private String sourcePath;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "process_module_role", joinColumns = @JoinColumn(name = "module_id"))
    @Column(name = "role_key", nullable = false, length = 120)
    private Set<String> roles = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ProcessModuleEntity() {
    }

    public ProcessModuleEntity(String key, Instant now) {
        this.key = key;
        this.createdAt = now;
    }

    /** Takes over the facts of a newly published version. */
    public void publish(int versionNumber, String title, String owner, Integer estimateMinutes, List<String> tags,
                        List<String> prerequisites, List<String> roles, String sourcePath, Instant now) {
        this.currentVersion = versionNumber;
        this.title = title;
        this.owner = owner;
        this.estimateMinutes = estimateMinutes;
        this.tags = String.join(",", tags);
        this.prerequisites = String.join(",", prerequisites);
        this.roles.clear();
        this.roles.addAll(roles);
        this.sourcePath = sourcePath;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public Integer getEstimateMinutes() {
        return estimateMinutes;
    }

    public List<String> getTags() {
        return split(tags);
    }

    public List<String> getPrerequisites() {
        return split(prerequisites);
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : new ArrayList<>(List.of(joined.split(",")));
    }
}
