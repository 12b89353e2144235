package app.stepwise.quiz;

/** A person's standing with the quiz of a module's current version, for progress views. */
public record QuizStanding(String moduleId, int version, int attempts, double bestScore, boolean passed,
                           boolean inProgress) {
}
