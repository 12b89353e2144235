package app.stepwise.reporting;

/** One role's numbers across the organisation. */
public record RoleRollup(String roleId, String roleTitle, ProgressCounts counts) {
}
