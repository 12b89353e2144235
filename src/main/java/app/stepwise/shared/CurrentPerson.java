package app.stepwise.shared;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person on whose behalf a service method runs. */
public final class CurrentPerson {
    private CurrentPerson() {
    }

    public static Optional<SignedInPerson> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? Optional.of(person) : Optional.empty();
    }

    public static SignedInPerson require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in."));
    }
}
