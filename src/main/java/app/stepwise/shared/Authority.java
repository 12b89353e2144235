package app.stepwise.shared;

/**
 * What a person may do in Stepwise. A person may hold several. The names are used as Spring Security
 * roles ({@code ROLE_ADMIN}...) so views can say {@code @RolesAllowed(Authority.Names.ADMIN)}.
 */
public enum Authority {
    LEARNER("Learner", "Works through role paths and takes quizzes"),
    TRAINER("Trainer", "Writes process modules and signs off practice tasks"),
    MANAGER("Manager", "Enrols people and follows their progress"),
    ADMIN("Admin", "Manages people, authorities and settings");

    private final String label;
    private final String description;

    Authority(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String roleName() {
        return "ROLE_" + name();
    }

    /** Compile-time constants for annotations, which cannot take enum values. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String TRAINER = "TRAINER";
        public static final String MANAGER = "MANAGER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
