package app.stepwise.shared.startup;

/** A start-up failure the operator can fix; reported as a description and an action, without a stack trace. */
public class StartupProblem extends RuntimeException {
    private final String action;

    public StartupProblem(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
