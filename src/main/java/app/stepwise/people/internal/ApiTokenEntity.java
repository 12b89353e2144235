package app.stepwise.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A personal API token: its owner, a name, the SHA-256 of the secret, and whether it still works. */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity {
    /** Writing "last used" on every request would make each call a write; once a minute is enough to tell. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiTokenEntity() {
    }

    public ApiTokenEntity(long personId, String name, String tokenHash, String tokenPrefix, Instant now) {
        this.personId = personId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** True when the use was recorded (at most once a minute). */
    boolean recordUse(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(USE_RECORDED_EVERY).isBefore(now)) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
