package app.stepwise.content.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A role definition as imported from {@code roles/}; its source is re-parsed when read. */
@Entity
@Table(name = "content_role")
public class ContentRoleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "role_key", nullable = false, length = 120, unique = true)
    private String key;

    @Column(nullable = false, length = 300)
    private String title;

    /** MEDIUMTEXT in the migration: Hibernate validates this as text on MariaDB and a long VARCHAR on H2. */
    @Column(nullable = false, length = 1_048_576) // the 1 MiB document limit
    private String source;

    @Column(name = "source_path", nullable = false, length = 500)
    private String sourcePath;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Version
    private long version;

    protected ContentRoleEntity() {
    }

    public ContentRoleEntity(String key, Instant now) {
        this.key = key;
        this.createdAt = now;
    }

    /** Stores a new definition as the next version and returns its number. */
    public int define(String title, String source, String sourcePath, String contentHash, Instant now) {
        this.currentVersion++;
        this.title = title;
        this.source = source;
        this.sourcePath = sourcePath;
        this.contentHash = contentHash;
        this.updatedAt = now;
        return currentVersion;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getSource() {
        return source;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public long getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }
}
