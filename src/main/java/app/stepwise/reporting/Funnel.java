package app.stepwise.reporting;

/**
 * How far the people enrolled in a role got: begun at least one required module, passed every required quiz,
 * completed every required module, certified.
 */
public record Funnel(long enrolled, long started, long quizzesPassed, long completed, long certified) {
}
