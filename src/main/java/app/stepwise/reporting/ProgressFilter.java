package app.stepwise.reporting;

/** What the team grid can be narrowed to; a row can match several (certified and expiring, say). */
public enum ProgressFilter {
    OVERDUE("Overdue"),
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    CERTIFIED("Certified"),
    EXPIRING("Expiring within 30 days"),
    REFRESHER_DUE("Refresher due"),
    LAPSED("Lapsed"),
    REVOKED("Revoked");

    private final String label;

    ProgressFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
