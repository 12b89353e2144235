package app.stepwise.studio;

import app.stepwise.content.ChangeClass;

/** A draft became a module version; {@code changeClass} is null for a first version. */
public record Published(String moduleKey, int version, ChangeClass changeClass) {
}
