package app.stepwise.studio.internal;

import app.stepwise.content.ChangeClass;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The shared draft of one module: its Markdown as last saved, by whom, and the published version it started from. */
@Entity
@Table(name = "studio_draft")
public class StudioDraftEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_key", nullable = false, length = 120)
    private String moduleKey;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "base_version", nullable = false)
    private int baseVersion;

    /** MEDIUMTEXT in the migration, as module sources: text on MariaDB, a long VARCHAR on H2. */
    @Column(nullable = false, length = 1_048_576)
    private String source;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Column(name = "approval_requested_by", length = 254)
    private String approvalRequestedBy;

    @Column(name = "approval_requested_name", length = 200)
    private String approvalRequestedName;

    @Column(name = "approval_requested_at")
    private Instant approvalRequestedAt;

    @Column(name = "approval_note", length = 1000)
    private String approvalNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_change_class", length = 10)
    private ChangeClass approvalChangeClass;

    protected StudioDraftEntity() {
    }

    public StudioDraftEntity(String moduleKey, int baseVersion, String author, Instant now) {
        this.moduleKey = moduleKey;
        this.baseVersion = baseVersion;
        this.createdBy = author;
        this.createdAt = now;
    }

    /** New text: a pending approval request was for the old text, so it goes. */
    public void write(String title, String source, String author, Instant now) {
        clearApprovalRequest();
        this.title = title;
        this.source = source;
        this.updatedBy = author;
        this.updatedAt = now;
    }

    /** The trainer has seen the newer published version and keeps their text on top of it. */
    public void rebase(int baseVersion, String author, Instant now) {
        this.baseVersion = baseVersion;
        this.updatedBy = author;
        this.updatedAt = now;
    }

    /** Asks a second trainer to publish the draft as it is, with this note and change class. */
    public void requestApproval(String email, String name, String note, ChangeClass changeClass, Instant now) {
        this.approvalRequestedBy = email;
        this.approvalRequestedName = name;
        this.approvalNote = note;
        this.approvalChangeClass = changeClass;
        this.approvalRequestedAt = now;
    }

    public void clearApprovalRequest() {
        requestApproval(null, null, null, null, null);
    }

    public String getApprovalRequestedBy() {
        return approvalRequestedBy;
    }

    public String getApprovalRequestedName() {
        return approvalRequestedName;
    }

    public Instant getApprovalRequestedAt() {
        return approvalRequestedAt;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    public ChangeClass getApprovalChangeClass() {
        return approvalChangeClass;
    }

    public Long getId() {
        return id;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getTitle() {
        return title;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public String getSource() {
        return source;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
