package app.stepwise.course;

/** Where a person stands with a module's current version, from first look to done. */
public enum ModuleStatus {
    NOT_STARTED("Not started"),
    READING("Reading"),
    READ("Read"),
    QUIZ_PASSED("Quiz passed"),
    PRACTICE_REJECTED("Practice to redo"),
    PRACTICE_IN_REVIEW("Practice in review"),
    DONE("Done");

    private final String label;

    ModuleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
