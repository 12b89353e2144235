package app.stepwise.people;

import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import java.time.LocalDate;
import java.util.Set;

/** What an administrator enters to create or change a person. Validated by {@link PeopleService}. */
public record PersonDraft(String name, String email, String jobTitle, PersonId managerId, LocalDate startDate,
                          Set<Authority> authorities) {
}
