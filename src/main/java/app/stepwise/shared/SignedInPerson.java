package app.stepwise.shared;

import java.util.Set;

/**
 * The signed-in person as every module and the layout see them. The people module's security
 * principal implements this, so the shell can show a name without depending on that module.
 */
public interface SignedInPerson {
    PersonId personId();

    String displayName();

    String email();

    Set<Authority> authorities();

    default boolean has(Authority authority) {
        return authorities().contains(authority);
    }
}
