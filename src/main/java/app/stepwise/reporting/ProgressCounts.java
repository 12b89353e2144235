package app.stepwise.reporting;

/**
 * Counts over person × role rows. {@code enrolled} counts enrolments; the certification counts include people
 * certified for a role they are no longer enrolled in. {@code averagePercent} is over enrolments.
 */
public record ProgressCounts(long enrolled, long notStarted, long inProgress, long certified, long lapsed, long overdue,
                             long expiring, long refresherDue, double averagePercent, Funnel funnel) {
}
