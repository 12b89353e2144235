package app.stepwise.people;

import app.stepwise.shared.PersonId;

/** What reports show of a person: name, email, job title, manager and whether they are active. */
public record PersonSnapshot(PersonId id, String name, String email, String jobTitle, PersonId managerId,
                             String managerName, boolean active) {
}
