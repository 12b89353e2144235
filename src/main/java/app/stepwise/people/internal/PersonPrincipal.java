package app.stepwise.people.internal;

import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.SignedInPerson;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person held in the HTTP session. {@code sessionVersion} is the person's version at
 * sign-in: when the stored one moves on (deactivated, authorities or password changed) the session ends.
 */
public final class PersonPrincipal implements UserDetails, SignedInPerson, CredentialsContainer, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Set<Authority> authorities;
    private final boolean active;
    private final boolean passwordChangeRequired;
    private final int sessionVersion;
    private String passwordHash;

    PersonPrincipal(long id, String email, String displayName, Set<Authority> authorities, boolean active,
                    boolean passwordChangeRequired, int sessionVersion, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.authorities = authorities.isEmpty() ? EnumSet.noneOf(Authority.class) : EnumSet.copyOf(authorities);
        this.active = active;
        this.passwordChangeRequired = passwordChangeRequired;
        this.sessionVersion = sessionVersion;
        this.passwordHash = passwordHash;
    }

    public static PersonPrincipal of(PersonEntity person) {
        return new PersonPrincipal(person.getId(), person.getEmail(), person.getFullName(), person.getAuthorities(),
                person.isActive(), person.isPasswordChangeRequired(), person.getSessionVersion(),
                person.getPasswordHash());
    }

    @Override
    public PersonId personId() {
        return new PersonId(id);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public Set<Authority> authorities() {
        return EnumSet.copyOf(authorities.isEmpty() ? EnumSet.noneOf(Authority.class) : authorities);
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public int sessionVersion() {
        return sessionVersion;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities.stream().map(a -> new SimpleGrantedAuthority(a.roleName())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
