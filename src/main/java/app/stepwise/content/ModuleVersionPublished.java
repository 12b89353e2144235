package app.stepwise.content;

/**
 * A module version was published. {@code changeClass} is null for a module's first version; MATERIAL
 * means learners certified on an older version need a refresher, MINOR (or NONE) that they do not.
 */
public record ModuleVersionPublished(String moduleId, int version, ChangeClass changeClass, String title) {
}
