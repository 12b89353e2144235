package app.stepwise.course;

import app.stepwise.shared.PersonId;
import java.time.Instant;
import java.time.LocalDate;

/** An enrolment as lists show it. */
public record Enrolment(PersonId personId, String personName, String roleId, String roleTitle, EnrolmentPurpose purpose,
                        LocalDate dueDate, String assignedBy, Instant enrolledAt) {
}
