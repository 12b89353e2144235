package app.stepwise.feedback;

/** What a learner says is wrong with a step. */
public enum FlagKind {
    UNCLEAR("Unclear"),
    OUTDATED("Outdated"),
    DOES_NOT_WORK("Doesn't work like this");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
