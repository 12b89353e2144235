package app.stepwise.people;

import app.stepwise.shared.PersonId;

/** Published when a person is added (by hand or by import), e.g. to enrol them by job title. */
public record PersonCreated(PersonId personId, String jobTitle) {
}
