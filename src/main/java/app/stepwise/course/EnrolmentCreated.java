package app.stepwise.course;

import app.stepwise.shared.PersonId;

/** Someone was enrolled in a role path. */
public record EnrolmentCreated(PersonId personId, String roleId, EnrolmentPurpose purpose) {
}
