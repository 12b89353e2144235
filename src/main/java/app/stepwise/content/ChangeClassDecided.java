package app.stepwise.content;

/** A trainer decided a version's change is material or minor, overriding the importer's suggestion. */
public record ChangeClassDecided(String moduleId, int version, ChangeClass changeClass) {
}
