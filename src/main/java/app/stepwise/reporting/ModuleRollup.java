package app.stepwise.reporting;

/**
 * One module's current version across the organisation.
 *
 * @param started              people who began it (a progress row at the current version)
 * @param completionRate       completed ÷ started, 0 when nobody started
 * @param averageAttemptsToPass over the people who passed its quiz; 0 without a quiz or passes
 * @param openFlags            flags on its steps still open or accepted
 */
public record ModuleRollup(String moduleId, String title, int version, boolean hasQuiz, long started, long completed,
                           double completionRate, long quizPassers, double averageAttemptsToPass, long openFlags) {
}
