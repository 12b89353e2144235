package app.stepwise.shared;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets an event listener read across people the way a trainer may (module completion after a review,
 * for example): such listeners run after the request, with nobody signed in. The system acts with the
 * trainer's read rights only, is audited as {@code system}, and is no person (its id matches nobody).
 */
public final class SystemActor {
    static final SignedInPerson SYSTEM = new SignedInPerson() {
        @Override
        public PersonId personId() {
            return new PersonId(Long.MAX_VALUE);
        }

        @Override
        public String displayName() {
            return "Stepwise";
        }

        @Override
        public String email() {
            return "system";
        }

        @Override
        public Set<Authority> authorities() {
            return EnumSet.of(Authority.TRAINER);
        }

        @Override
        public String toString() {
            return "system";
        }
    };

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Authority.TRAINER.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
