package app.stepwise.certification;

import java.time.Instant;

/** A module a certified person must redo at {@code toVersion} by {@code dueAt} to stay certified. */
public record Refresher(long id, String roleId, String moduleId, String moduleTitle, int fromVersion, int toVersion,
                        Instant dueAt) {
}
