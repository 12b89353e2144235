package app.stepwise.course;

import app.stepwise.shared.PersonId;
import java.time.Instant;
import java.time.LocalDate;

/** An enrolment as reports read it, without names (reports add those in bulk). */
public record EnrolmentFact(PersonId person, String roleId, EnrolmentPurpose purpose, LocalDate dueDate, Instant enrolledAt) {
}
