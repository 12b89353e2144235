package app.stepwise.people.internal;

/** What decides whether an existing session may go on: the person is active and nothing ended it. */
public record SessionState(boolean active, int sessionVersion) {
}
