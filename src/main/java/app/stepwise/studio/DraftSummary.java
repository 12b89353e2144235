package app.stepwise.studio;

import java.time.Instant;

/**
 * A saved draft as the studio lists it. {@code baseVersion} 0 means a new module; {@code approvalRequestedBy} is the
 * name of the trainer waiting for a second trainer to publish it, {@code null} when nobody asked.
 */
public record DraftSummary(String moduleKey, String title, int baseVersion, String updatedBy, Instant updatedAt,
                           String approvalRequestedBy) {
    public boolean awaitingApproval() {
        return approvalRequestedBy != null;
    }
}
