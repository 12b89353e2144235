package app.stepwise.people;

import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import java.time.LocalDate;
import java.util.Set;

/** A person as other modules and views see them. {@code canSignIn}: active and has a password. */
public record PersonSummary(PersonId id, String name, String email, String jobTitle, PersonId managerId,
                            String managerName, LocalDate startDate, boolean active, Set<Authority> authorities,
                            boolean canSignIn) {
}
