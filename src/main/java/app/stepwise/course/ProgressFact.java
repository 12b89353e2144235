package app.stepwise.course;

import app.stepwise.shared.PersonId;
import java.time.Instant;

/**
 * A person's progress row for one module version: it exists once they ticked a step or read it, and
 * {@code completedAt} is set once the version was completed (read, quiz passed, practice approved).
 */
public record ProgressFact(PersonId person, String moduleId, int version, Instant completedAt) {
    public boolean completed() {
        return completedAt != null;
    }
}
