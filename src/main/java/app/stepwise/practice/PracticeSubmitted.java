package app.stepwise.practice;

import app.stepwise.shared.PersonId;

/** A learner handed in evidence for a practice task of a module version. */
public record PracticeSubmitted(PersonId person, String moduleId, int version, int taskNumber) {
}
