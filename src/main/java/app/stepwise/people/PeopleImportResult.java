package app.stepwise.people;

import java.util.List;

/**
 * Outcome of a people import. Either everything was imported ({@code problems} empty) or nothing was.
 * {@code withoutPassword}: newly created people who cannot sign in until an admin sets a password.
 */
public record PeopleImportResult(boolean imported, int created, int updated, int unchanged, int withoutPassword,
                                 List<ImportProblem> problems) {
    static PeopleImportResult rejected(List<ImportProblem> problems) {
        return new PeopleImportResult(false, 0, 0, 0, 0, List.copyOf(problems));
    }
}
