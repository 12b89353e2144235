package app.stepwise.quiz.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Extra attempts at a module's quiz granted to one person, by whom and why. Never changed once written. */
@Entity
@Table(name = "quiz_attempt_grant")
public class QuizAttemptGrantEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "module_key", nullable = false, length = 120)
    private String moduleKey;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 320)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected QuizAttemptGrantEntity() {
    }

    public QuizAttemptGrantEntity(long personId, String moduleKey, int extraAttempts, String reason, String grantedBy,
                                  Instant grantedAt) {
        this.personId = personId;
        this.moduleKey = moduleKey;
        this.extraAttempts = extraAttempts;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
