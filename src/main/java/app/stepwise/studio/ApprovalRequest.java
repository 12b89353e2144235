package app.stepwise.studio;

import app.stepwise.content.ChangeClass;
import java.time.Instant;

/**
 * A trainer asked a second trainer to publish the draft as it is (when {@code stepwise.studio.require-approval}
 * is on). Saving the draft again withdraws it.
 *
 * @param requestedBy   the requester's name
 * @param requesterEmail who may not approve it
 * @param requestedAt   when
 * @param note          the version note to publish with
 * @param changeClass   the requester's classification; null for a first version
 */
public record ApprovalRequest(String requestedBy, String requesterEmail, Instant requestedAt, String note,
                              ChangeClass changeClass) {
}
