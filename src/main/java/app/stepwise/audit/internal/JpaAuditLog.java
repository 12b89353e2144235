package app.stepwise.audit.internal;

import app.stepwise.audit.AuditEntry;
import app.stepwise.audit.AuditLog;
import app.stepwise.shared.persistence.LikePatterns;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
@Transactional(readOnly = true)
class JpaAuditLog implements AuditLog {
    private final AuditEntryRepository entries;
    private final Clock clock;

    JpaAuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Joins the caller's transaction, so an audited change and its entry commit or roll back together. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subject, String details, String remoteAddress) {
        entries.save(new AuditEntryEntity(clock.instant(), actor, action, subject, details, remoteAddress));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subject, String details) {
        record(currentActor(), action, subject, details, currentRemoteAddress());
    }

    @Override
    public List<AuditEntry> find(String text, Pageable page) {
        return entries.search(LikePatterns.containing(text), page).stream().map(AuditEntryEntity::toRecord).toList();
    }

    @Override
    public long count(String text) {
        return entries.countMatching(LikePatterns.containing(text));
    }

    @Override
    public List<AuditEntry> recentFor(String subject, int limit) {
        return entries.findBySubject(subject, PageRequest.of(0, limit)).stream()
                .map(AuditEntryEntity::toRecord).toList();
    }


    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? authentication.getName() : SYSTEM;
    }

    private static String currentRemoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
