package app.stepwise.certification;

import app.stepwise.shared.PersonId;
import java.time.Instant;

/** An open refresher: the person must redo the module at {@code toVersion} by {@code dueAt} to stay certified. */
public record RefresherFact(PersonId person, String roleId, String moduleId, int toVersion, Instant dueAt) {
}
