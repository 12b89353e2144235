package app.stepwise.practice;

import app.stepwise.shared.PersonId;
import java.time.Instant;

/** A submission waiting for sign-off, as the review queue lists it. */
public record QueueEntry(long submissionId, PersonId learner, String learnerName, String learnerEmail, String moduleId,
                         String moduleTitle, int moduleVersion, int taskNumber, String taskTitle, int attemptNo,
                         Instant submittedAt) {
}
