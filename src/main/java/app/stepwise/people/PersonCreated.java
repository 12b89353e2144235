package app.stepwise.people;

/**
 * Published when a person is added (by hand or by import), e.g. to enrol them by job title. Carries the person as
 * they were created, so listeners need no read rights on people.
 */
public record PersonCreated(PersonSummary person) {
}
