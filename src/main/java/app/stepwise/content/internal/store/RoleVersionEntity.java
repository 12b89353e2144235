package app.stepwise.content.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable version of a role definition. */
@Entity
@Table(name = "role_version")
public class RoleVersionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "role_key", nullable = false, length = 120)
    private String roleKey;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(nullable = false, length = 1_048_576)
    private String source;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "change_summary", length = 2000)
    private String changeSummary;

    @Column(name = "version_note", length = 1000)
    private String versionNote;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RoleVersionEntity() {
    }

    public RoleVersionEntity(String roleKey, int number, String source, String contentHash, String changeSummary,
                             String versionNote, String changedBy, Instant changedAt) {
        this.roleKey = roleKey;
        this.number = number;
        this.source = source;
        this.contentHash = contentHash;
        this.changeSummary = changeSummary;
        this.versionNote = versionNote;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public int getNumber() {
        return number;
    }

    public String getSource() {
        return source;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public String getVersionNote() {
        return versionNote;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
