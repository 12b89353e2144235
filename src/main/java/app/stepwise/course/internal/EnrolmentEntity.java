package app.stepwise.course.internal;

import app.stepwise.course.EnrolmentPurpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "enrolment")
public class EnrolmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "role_key", nullable = false, length = 120)
    private String roleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentPurpose purpose;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "due_days_after_start")
    private Integer dueDaysAfterStart;

    @Column(name = "assigned_by", nullable = false, length = 254)
    private String assignedBy;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected EnrolmentEntity() {
    }

    public EnrolmentEntity(long personId, String roleKey, EnrolmentPurpose purpose, LocalDate dueDate, String assignedBy,
                           Instant enrolledAt) {
        this.personId = personId;
        this.roleKey = roleKey;
        this.purpose = purpose;
        this.dueDate = dueDate;
        this.assignedBy = assignedBy;
        this.enrolledAt = enrolledAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getRoleKey() {
        return roleKey;
    }

    public EnrolmentPurpose getPurpose() {
        return purpose;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** Set when the due date was given as "within N days of starting". */
    public Integer getDueDaysAfterStart() {
        return dueDaysAfterStart;
    }

    public void dueRelativeToStart(Integer days) {
        this.dueDaysAfterStart = days;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
