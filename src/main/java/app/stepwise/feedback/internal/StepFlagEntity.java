package app.stepwise.feedback.internal;

import app.stepwise.feedback.FlagKind;
import app.stepwise.feedback.FlagStatus;
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

/** A learner's flag on one step of one module version, and what the owner or a trainer made of it. */
@Entity
@Table(name = "step_flag")
public class StepFlagEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "flagged_by_name", nullable = false, length = 200)
    private String flaggedByName;

    @Column(name = "module_key", nullable = false, length = 120)
    private String moduleKey;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "step_anchor", nullable = false, length = 120)
    private String stepAnchor;

    @Column(name = "step_number", nullable = false)
    private int stepNumber;

    @Column(name = "step_text", nullable = false, length = 500)
    private String stepText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FlagKind kind;

    @Column(nullable = false, length = 2000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FlagStatus status;

    @Column(name = "resolution_note", length = 2000)
    private String resolutionNote;

    @Column(name = "handled_by", length = 254)
    private String handledBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StepFlagEntity() {
    }

    public StepFlagEntity(long personId, String flaggedByName, String moduleKey, int moduleVersion, String stepAnchor,
                          int stepNumber, String stepText, FlagKind kind, String comment, Instant now) {
        this.personId = personId;
        this.flaggedByName = flaggedByName;
        this.moduleKey = moduleKey;
        this.moduleVersion = moduleVersion;
        this.stepAnchor = stepAnchor;
        this.stepNumber = stepNumber;
        this.stepText = stepText;
        this.kind = kind;
        this.comment = comment;
        this.status = FlagStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves the flag on; the caller has checked the transition. A blank note keeps the earlier one. */
    public void handle(FlagStatus next, String note, String handler, Instant now) {
        this.status = next;
        if (note != null && !note.isBlank()) {
            this.resolutionNote = note;
        }
        this.handledBy = handler;
        this.updatedAt = now;
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getFlaggedByName() {
        return flaggedByName;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public int getModuleVersion() {
        return moduleVersion;
    }

    public String getStepAnchor() {
        return stepAnchor;
    }

    public int getStepNumber() {
        return stepNumber;
    }

    public String getStepText() {
        return stepText;
    }

    public FlagKind getKind() {
        return kind;
    }

    public String getComment() {
        return comment;
    }

    public FlagStatus getStatus() {
        return status;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
