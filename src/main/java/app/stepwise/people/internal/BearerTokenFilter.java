package app.stepwise.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/} paths: the request acts as the token's owner,
 * for this request only (nothing goes into a session). A token that does not work is a 401 at once,
 * never a fall-back to the session, so a script learns its token was revoked.
 */
class BearerTokenFilter extends OncePerRequestFilter {
    static final String API_PREFIX = "/api/";
    private final ApiTokenAuthenticator authenticator;

    BearerTokenFilter(ApiTokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || !request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var principal = authenticator.authenticate(request.getHeader("Authorization").substring(7).strip());
        if (principal.isEmpty()) {
            ApiAuthenticationEntryPoint.unauthorized(response, "invalid_token",
                    "This API token is unknown or was revoked. Create a new one under API tokens in your profile.");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
