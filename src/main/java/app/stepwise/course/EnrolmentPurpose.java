package app.stepwise.course;

/** Why someone follows a role path. */
public enum EnrolmentPurpose {
    ONBOARDING("New hire"), PROMOTION("Promotion"), REFRESHER("Refresher");

    private final String label;

    EnrolmentPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
