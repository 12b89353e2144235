package app.stepwise.certification.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A person's current certification for one role; renewals and re-grants update it in place. */
@Entity
@Table(name = "certification")
public class CertificationEntity {
    /** Stored status; "valid" is a GRANTED certification whose valid-until is still ahead. */
    public enum Status { GRANTED, LAPSED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "role_key", nullable = false, length = 120)
    private String roleKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "verification_code", nullable = false, length = 40)
    private String verificationCode;

    @Column(name = "lapsed_at")
    private Instant lapsedAt;

    @Column(name = "lapse_reason", length = 200)
    private String lapseReason;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 320)
    private String revokedBy;

    @Column(name = "revoked_reason", length = 1000)
    private String revokedReason;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certification_module", joinColumns = @JoinColumn(name = "certification_id"))
    @MapKeyColumn(name = "module_key", length = 120)
    @Column(name = "module_version", nullable = false)
    private Map<String, Integer> modules = new HashMap<>();

    @Version
    private long version;

    protected CertificationEntity() {
    }

    public CertificationEntity(long personId, String roleKey, String verificationCode) {
        this.personId = personId;
        this.roleKey = roleKey;
        this.verificationCode = verificationCode;
    }

    /** Grants (or grants again after a lapse): valid from now until {@code validUntil}, on these versions. */
    public void grant(Instant now, Instant validUntil, Map<String, Integer> moduleVersions) {
        this.status = Status.GRANTED;
        this.grantedAt = now;
        this.validUntil = validUntil;
        this.lapsedAt = null;
        this.lapseReason = null;
        this.remindedAt = null;
        restOn(moduleVersions);
    }

    /** Records newer versions of modules (a refresher done) without changing the validity. */
    public void restOn(Map<String, Integer> moduleVersions) {
        moduleVersions.forEach((module, number) -> modules.merge(module, number, Math::max));
    }

    public void lapse(Instant now, String reason) {
        this.status = Status.LAPSED;
        this.lapsedAt = now;
        this.lapseReason = reason;
    }

    public void revoke(Instant now, String by, String reason) {
        this.status = Status.REVOKED;
        this.revokedAt = now;
        this.revokedBy = by;
        this.revokedReason = reason;
    }

    public void reminded(Instant now) {
        this.remindedAt = now;
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

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Instant getLapsedAt() {
        return lapsedAt;
    }

    public String getLapseReason() {
        return lapseReason;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Map<String, Integer> getModules() {
        return Map.copyOf(modules);
    }
}
