package app.stepwise.audit;

import app.stepwise.shared.Authority;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Writes and reads the audit log. Writing is open to every module (it is how they account for what
 * they did); reading is for administrators only.
 */
public interface AuditLog {
    /** Actor used when the application itself acts (start-up, scheduled jobs). */
    String SYSTEM = "system";

    void record(String actor, String action, String subject, String details, String remoteAddress);

    /** Records with the signed-in person as actor, or {@link #SYSTEM} when nobody is signed in. */
    void record(String action, String subject, String details);

    @PreAuthorize("hasRole('" + Authority.Names.ADMIN + "')")
    List<AuditEntry> find(String text, Pageable page);

    @PreAuthorize("hasRole('" + Authority.Names.ADMIN + "')")
    long count(String text);

    /** For tests and health checks: the most recent entries for one subject, newest first. */
    @PreAuthorize("hasRole('" + Authority.Names.ADMIN + "')")
    List<AuditEntry> recentFor(String subject, int limit);
}
