package app.stepwise.content;

import java.time.Instant;

/** One version of a role: who changed it, when, why (the note) and what changed. */
public record RoleVersionSummary(String roleId, int version, Instant changedAt, String changedBy, String note,
                                 String changeSummary) {
}
