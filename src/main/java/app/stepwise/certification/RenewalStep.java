package app.stepwise.certification;

/** One quiz to pass again to renew an expired certification for a role. */
public record RenewalStep(String roleId, String moduleId, String moduleTitle, boolean passed) {
}
