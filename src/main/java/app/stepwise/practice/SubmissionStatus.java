package app.stepwise.practice;

/** Where one attempt stands. A task without sign-off is approved the moment it is submitted. */
public enum SubmissionStatus {
    SUBMITTED("In review"),
    APPROVED("Approved"),
    REJECTED("Rejected");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
