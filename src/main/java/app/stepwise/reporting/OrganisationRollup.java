package app.stepwise.reporting;

/**
 * The whole organisation: active people, how many of them are enrolled in or certified for at least one role,
 * and the counts over all person × role rows.
 */
public record OrganisationRollup(long activePeople, long peopleWithRoles, ProgressCounts counts) {
}
