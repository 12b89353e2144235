package app.stepwise.quiz;

import app.stepwise.shared.PersonId;
import java.time.Instant;

/** Extra attempts at a module's quiz granted to a person, by whom (email) and why. */
public record AttemptGrant(long id, PersonId person, String moduleId, int extraAttempts, String reason, String grantedBy,
                           Instant grantedAt) {
}
