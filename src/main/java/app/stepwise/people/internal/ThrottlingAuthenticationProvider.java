package app.stepwise.people.internal;

import app.stepwise.audit.AuditLog;
import app.stepwise.people.Emails;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the throttle: a blocked attempt is refused before the password is even
 * hashed, and every success, failure and refusal is audited with the client address.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle, AuditLog auditLog) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = Emails.normalise(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        var wait = throttle.retryAfter(email, address);
        if (wait.isPresent()) {
            auditLog.record(email, "LOGIN_THROTTLED", email, "retry after " + wait.get().toSeconds() + " s", address);
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.succeeded(email, address);
            auditLog.record(email, "LOGIN_SUCCEEDED", email, null, address);
            return result;
        } catch (AuthenticationException failure) {
            throttle.failed(email, address);
            auditLog.record(email, "LOGIN_FAILED", email, failure.getClass().getSimpleName(), address);
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
