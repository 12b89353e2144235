package app.stepwise.course;

/** Where a person stands with a module's current version. Quiz and practice states follow with the quiz. */
public enum ModuleStatus {
    NOT_STARTED("Not started"), READING("Reading"), READ("Read"), DONE("Done");

    private final String label;

    ModuleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
