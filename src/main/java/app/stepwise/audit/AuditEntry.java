package app.stepwise.audit;

import java.time.Instant;

/**
 * One audited event. {@code actor} is who did it (an email, or "system"), {@code subject} whom or what
 * it concerned, {@code remoteAddress} where the request came from when there was one.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subject,
                         String details, String remoteAddress) {
}
