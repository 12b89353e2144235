package app.stepwise.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page, saying whether the password was wrong or the attempts are throttled. */
class SignInFailureHandler implements AuthenticationFailureHandler {
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String query = exception instanceof LoginThrottledException throttled
                ? "throttled=" + Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60) : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
