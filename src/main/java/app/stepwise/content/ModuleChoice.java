package app.stepwise.content;

/** A module as a picker lists it. */
public record ModuleChoice(String id, String title) {
}
