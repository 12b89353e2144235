package app.stepwise.quiz;

import app.stepwise.shared.PersonId;

/** A submitted attempt reached the pass mark. */
public record QuizPassed(PersonId person, String moduleId, int moduleVersion, int attemptNo, double scorePercent) {
}
