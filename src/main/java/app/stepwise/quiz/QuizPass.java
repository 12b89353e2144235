package app.stepwise.quiz;

import app.stepwise.shared.PersonId;

/** A person passed the quiz of a module version, at attempt {@code attemptNo} (the first that passed). */
public record QuizPass(PersonId person, String moduleId, int version, int attemptNo) {
}
