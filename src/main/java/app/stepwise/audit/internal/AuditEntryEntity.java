package app.stepwise.audit.internal;

import app.stepwise.audit.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Immutable once written: Hibernate never issues an UPDATE for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 254)
    private String subject;

    @Column(length = 2000)
    private String details;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(Instant occurredAt, String actor, String action, String subject, String details,
                     String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 254);
        this.action = truncate(action, 60);
        this.subject = truncate(subject, 254);
        this.details = truncate(details, 2000);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    AuditEntry toRecord() {
        return new AuditEntry(id, occurredAt, actor, action, subject, details, remoteAddress);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
