package app.stepwise.people.internal;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many failed sign-ins. An {@link AccountStatusException} so that no other authentication
 * provider gets a second try at the password.
 */
public class LoginThrottledException extends AccountStatusException {
    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
