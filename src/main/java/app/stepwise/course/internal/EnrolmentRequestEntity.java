package app.stepwise.course.internal;

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

/** An employee's request to follow a promotion path, and its manager's decision. */
@Entity
@Table(name = "enrolment_request")
public class EnrolmentRequestEntity {
    public enum Status { PENDING, APPROVED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "role_key", nullable = false, length = 120)
    private String roleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String reason;

    @Version
    private long version;

    protected EnrolmentRequestEntity() {
    }

    public EnrolmentRequestEntity(long personId, String roleKey) {
        this.personId = personId;
        this.roleKey = roleKey;
    }

    /** Asks (again): a declined request reopens. */
    public void ask(Instant now) {
        this.status = Status.PENDING;
        this.requestedAt = now;
        this.decidedBy = null;
        this.decidedAt = null;
        this.reason = null;
    }

    public void decide(Status decision, String by, String why, Instant now) {
        this.status = decision;
        this.decidedBy = by;
        this.reason = why;
        this.decidedAt = now;
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

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReason() {
        return reason;
    }
}
