package app.stepwise.quiz;

/** For one module version: how many people passed its quiz, and the attempts it took them all together. */
public record QuizPassCounts(String moduleId, int version, long passers, long attemptsToPass) {
}
