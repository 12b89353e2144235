package app.stepwise.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request when the person was deactivated, or their authorities or
 * password changed since they signed in. One primary-key lookup per request keeps this true across
 * several app nodes, which an in-memory session registry would not.
 */
class SessionValidityFilter extends OncePerRequestFilter {
    private final PersonRepository people;

    SessionValidityFilter(PersonRepository people) {
        this.people = people;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal principal
                && !stillValid(principal)) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(PersonPrincipal principal) {
        return people.findSessionState(principal.personId().value())
                .map(state -> state.active() && state.sessionVersion() == principal.sessionVersion())
                .orElse(false);
    }
}
