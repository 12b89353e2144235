package app.stepwise.practice;

import app.stepwise.shared.PersonId;

/**
 * A practice task attempt was approved or rejected: by a trainer, or approved at once because the task needs
 * no sign-off.
 */
public record PracticeReviewed(PersonId learner, String moduleId, int moduleVersion, int taskNumber, boolean approved) {
}
