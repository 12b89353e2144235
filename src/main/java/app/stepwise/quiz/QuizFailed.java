package app.stepwise.quiz;

import app.stepwise.shared.PersonId;

/** A submitted attempt stayed below the pass mark. */
public record QuizFailed(PersonId person, String moduleId, int moduleVersion, int attemptNo, double scorePercent) {
}
