package app.stepwise.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One row of the progress summary: a person in a role, with copies of what the team grid filters and sorts on.
 * Written by {@link ProgressProjection} with plain JDBC; read-only to JPA.
 */
@Entity
@Immutable
@Table(name = "role_progress")
@IdClass(RoleProgressEntity.Key.class)
public class RoleProgressEntity {
    /** Stored certification states, as the certification module stores them. */
    public static final String GRANTED = "GRANTED";
    public static final String LAPSED = "LAPSED";
    public static final String REVOKED = "REVOKED";

    @Id
    @Column(name = "person_id")
    private long personId;

    @Id
    @Column(name = "role_key", length = 120)
    private String roleKey;

    @Column(name = "person_name", nullable = false, length = 200)
    private String personName;

    @Column(name = "person_email", nullable = false, length = 254)
    private String personEmail;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "role_title", nullable = false, length = 300)
    private String roleTitle;

    @Column(name = "role_fingerprint", nullable = false, length = 64)
    private String roleFingerprint;

    @Column(nullable = false)
    private boolean enrolled;

    @Column(length = 20)
    private String purpose;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "required_modules", nullable = false)
    private int requiredModules;

    @Column(name = "started_modules", nullable = false)
    private int startedModules;

    @Column(name = "quizzes_passed", nullable = false)
    private int quizzesPassed;

    @Column(name = "completed_modules", nullable = false)
    private int completedModules;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "certification_status", length = 16)
    private String certificationStatus;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "refresher_due_at")
    private Instant refresherDueAt;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected RoleProgressEntity() {
    }

    public long getPersonId() {
        return personId;
    }

    public String getRoleKey() {
        return roleKey;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonEmail() {
        return personEmail;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public int getRequiredModules() {
        return requiredModules;
    }

    public int getStartedModules() {
        return startedModules;
    }

    public int getCompletedModules() {
        return completedModules;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public String getCertificationStatus() {
        return certificationStatus;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Instant getRefresherDueAt() {
        return refresherDueAt;
    }

    /** The composite key: person and role. */
    public static class Key implements Serializable {
        private long personId;
        private String roleKey;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.personId == personId && java.util.Objects.equals(key.roleKey, roleKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(personId, roleKey);
        }
    }
}
