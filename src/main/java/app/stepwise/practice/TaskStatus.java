package app.stepwise.practice;

/** Where a learner stands with one task: its latest attempt's status, or nothing yet. */
public enum TaskStatus {
    NOT_SUBMITTED("Not submitted"),
    IN_REVIEW("In review"),
    APPROVED("Approved"),
    REJECTED("Rejected");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** New evidence is accepted when nothing was handed in yet or the last attempt was rejected. */
    public boolean acceptsEvidence() {
        return this == NOT_SUBMITTED || this == REJECTED;
    }

    static TaskStatus of(SubmissionStatus latest) {
        return latest == null ? NOT_SUBMITTED : switch (latest) {
            case SUBMITTED -> IN_REVIEW;
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
        };
    }
}
