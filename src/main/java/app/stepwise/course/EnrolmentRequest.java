package app.stepwise.course;

import app.stepwise.shared.PersonId;
import java.time.Instant;

/** A pending request to follow a promotion path, as the approver's list shows it. */
public record EnrolmentRequest(long id, PersonId personId, String personName, String roleId, String roleTitle,
                               Instant requestedAt) {
}
