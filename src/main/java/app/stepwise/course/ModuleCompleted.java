package app.stepwise.course;

import app.stepwise.shared.PersonId;
import java.time.Instant;

/** A person completed a module version: read, quiz passed, practice approved. */
public record ModuleCompleted(PersonId person, String moduleId, int moduleVersion, Instant completedAt) {
}
