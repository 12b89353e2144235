package app.stepwise.practice.internal;

import app.stepwise.content.Evidence;
import app.stepwise.practice.SubmissionStatus;
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

/** One attempt at one practice task of one module version; reviewed at most once. */
@Entity
@Table(name = "practice_submission")
public class PracticeSubmissionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "learner_name", nullable = false, length = 200)
    private String learnerName;

    @Column(name = "learner_email", nullable = false, length = 254)
    private String learnerEmail;

    @Column(name = "module_key", nullable = false, length = 120)
    private String moduleKey;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "task_number", nullable = false)
    private int taskNumber;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_kind", nullable = false, length = 10)
    private Evidence evidenceKind;

    /** MEDIUMTEXT in the migration: Hibernate validates this as text on MariaDB and a long VARCHAR on H2. */
    @Column(name = "text_evidence", length = 1_048_576)
    private String textEvidence;

    @Column(name = "link_evidence", length = 2000)
    private String linkEvidence;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "file_content_type", length = 100)
    private String fileContentType;

    @Column(name = "file_size_bytes")
    private Long fileSizeBytes;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "file_storage_name", length = 64)
    private String fileStorageName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SubmissionStatus status;

    @Column(length = 254)
    private String reviewer;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected PracticeSubmissionEntity() {
    }

    public PracticeSubmissionEntity(long personId, String learnerName, String learnerEmail, String moduleKey,
                                    int moduleVersion, int taskNumber, int attemptNo, Evidence evidenceKind, Instant now) {
        this.personId = personId;
        this.learnerName = learnerName;
        this.learnerEmail = learnerEmail;
        this.moduleKey = moduleKey;
        this.moduleVersion = moduleVersion;
        this.taskNumber = taskNumber;
        this.attemptNo = attemptNo;
        this.evidenceKind = evidenceKind;
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedAt = now;
    }

    public void setText(String text) {
        this.textEvidence = text;
    }

    public void setLink(String link) {
        this.linkEvidence = link;
    }

    public void setFile(String name, String contentType, long sizeBytes, String sha256, String storageName) {
        this.fileName = name;
        this.fileContentType = contentType;
        this.fileSizeBytes = sizeBytes;
        this.fileSha256 = sha256;
        this.fileStorageName = storageName;
    }

    /** Tasks without sign-off: approved as they are handed in, by nobody. */
    public void approveWithoutReview(Instant now) {
        this.status = SubmissionStatus.APPROVED;
        this.reviewedAt = now;
    }

    /** The one allowed change of a submitted attempt; the service refuses a second review before calling this. */
    public void review(boolean approved, String reviewer, String comment, Instant now) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new IllegalStateException("Submission " + id + " is already " + status);
        }
        this.status = approved ? SubmissionStatus.APPROVED : SubmissionStatus.REJECTED;
        this.reviewer = reviewer;
        this.reviewComment = comment;
        this.reviewedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getLearnerEmail() {
        return learnerEmail;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public int getModuleVersion() {
        return moduleVersion;
    }

    public int getTaskNumber() {
        return taskNumber;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public Evidence getEvidenceKind() {
        return evidenceKind;
    }

    public String getTextEvidence() {
        return textEvidence;
    }

    public String getLinkEvidence() {
        return linkEvidence;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileContentType() {
        return fileContentType;
    }

    public Long getFileSizeBytes() {
        return fileSizeBytes;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getFileStorageName() {
        return fileStorageName;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
