package app.stepwise.content.internal.store;

import app.stepwise.content.ChangeClass;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One published version of a module, never changed afterwards except for the trainer's decision on
 * its change class (material or minor), which may override the suggestion.
 */
@Entity
@Table(name = "module_version")
public class ModuleVersionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    /** MEDIUMTEXT in the migration: Hibernate validates this as text on MariaDB and a long VARCHAR on H2. */
    @Column(nullable = false, length = 1_048_576) // the 1 MiB document limit
    private String source;

    @Column(name = "source_path", nullable = false, length = 500)
    private String sourcePath;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "version_note", length = 1000)
    private String versionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_change_class", length = 10)
    private ChangeClass suggestedChangeClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_class", length = 10)
    private ChangeClass changeClass;

    @Column(name = "change_summary", length = 4000)
    private String changeSummary;

    @Column(name = "step_count", nullable = false)
    private int stepCount;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "practice_count", nullable = false)
    private int practiceCount;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 254)
    private String publishedBy;

    protected ModuleVersionEntity() {
    }

    public ModuleVersionEntity(long moduleId, int number, String contentHash, String source, String sourcePath,
                               String title, String versionNote, int stepCount, int questionCount, int practiceCount,
                               Instant publishedAt, String publishedBy) {
        this.moduleId = moduleId;
        this.number = number;
        this.contentHash = contentHash;
        this.source = source;
        this.sourcePath = sourcePath;
        this.title = title;
        this.versionNote = versionNote;
        this.stepCount = stepCount;
        this.questionCount = questionCount;
        this.practiceCount = practiceCount;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    /** The importer's suggestion; the trainer's later decision may differ. */
    public void classify(ChangeClass suggested, String summary) {
        this.suggestedChangeClass = suggested;
        this.changeClass = suggested;
        this.changeSummary = summary == null || summary.length() <= 4000 ? summary : summary.substring(0, 3997) + "...";
    }

    public void decideChangeClass(ChangeClass decided) {
        this.changeClass = decided;
    }

    /** The stored source as a file to parse again (for the reader, or to diff against a new version). */
    public app.stepwise.content.SourceFile toSourceFile() {
        return new app.stepwise.content.SourceFile(sourcePath, source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Long getId() {
        return id;
    }

    public long getModuleId() {
        return moduleId;
    }

    public int getNumber() {
        return number;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSource() {
        return source;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getTitle() {
        return title;
    }

    public String getVersionNote() {
        return versionNote;
    }

    public ChangeClass getSuggestedChangeClass() {
        return suggestedChangeClass;
    }

    public ChangeClass getChangeClass() {
        return changeClass;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public int getStepCount() {
        return stepCount;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public int getPracticeCount() {
        return practiceCount;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
