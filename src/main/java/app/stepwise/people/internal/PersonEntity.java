package app.stepwise.people.internal;

import app.stepwise.shared.Authority;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.BatchSize;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "person")
public class PersonEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stored lower-case, which makes the unique constraint case-insensitive on every database. */
    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private PersonEntity manager;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** Bumped whenever existing sessions must end: deactivation, authority or password change. */
    @Column(name = "session_version", nullable = false)
    private int sessionVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // one query per grid page, not one per person
    @CollectionTable(name = "person_authority", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "authority", nullable = false, length = 20)
    private Set<Authority> authorities = EnumSet.noneOf(Authority.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PersonEntity() {
    }

    public PersonEntity(String email, String fullName, Instant now) {
        this.email = email;
        this.fullName = fullName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public PersonEntity getManager() {
        return manager;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public boolean isActive() {
        return active;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public int getSessionVersion() {
        return sessionVersion;
    }

    public Set<Authority> getAuthorities() {
        return authorities.isEmpty() ? EnumSet.noneOf(Authority.class) : EnumSet.copyOf(authorities);
    }

    public void describe(String email, String fullName, String jobTitle, LocalDate startDate, Instant now) {
        this.email = email;
        this.fullName = fullName;
        this.jobTitle = jobTitle;
        this.startDate = startDate;
        this.updatedAt = now;
    }

    public void reportTo(PersonEntity manager) {
        this.manager = manager;
    }

    /** Returns whether the authorities changed; a change ends the person's sessions. */
    public boolean grant(Set<Authority> newAuthorities) {
        if (authorities.equals(newAuthorities)) {
            return false;
        }
        authorities.clear();
        authorities.addAll(newAuthorities);
        endSessions();
        return true;
    }

    public void setPassword(String hash, boolean changeRequired) {
        this.passwordHash = hash;
        this.passwordChangeRequired = changeRequired;
        endSessions();
    }

    public void deactivate() {
        active = false;
        endSessions();
    }

    public void reactivate() {
        active = true;
    }

    private void endSessions() {
        sessionVersion++;
    }
}
