package app.stepwise.reporting;

import app.stepwise.shared.PersonId;

/**
 * Whose progress a report covers: the people reporting to one manager, or everyone ({@code manager} null,
 * for trainers and admins).
 */
public record TeamScope(PersonId manager) {
    public static TeamScope of(PersonId manager) {
        return new TeamScope(java.util.Objects.requireNonNull(manager));
    }

    public static TeamScope everyone() {
        return new TeamScope(null);
    }

    public boolean isEveryone() {
        return manager == null;
    }
}
