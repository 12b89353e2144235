package app.stepwise.certification;

/** What one run of the daily certification check did. */
public record DailyCheck(int lapsedForRefresher, int lapsedExpired, int reminded) {
}
