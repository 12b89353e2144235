package app.stepwise.certification;

import app.stepwise.shared.PersonId;
import java.time.Instant;
import java.util.Map;

/**
 * A person's certification for a role as its readers see it.
 *
 * @param moduleVersions the module versions it rests on, by module id
 * @param note           why it lapsed or was revoked; empty while valid
 */
public record Certification(long id, PersonId person, String personName, String roleId, String roleTitle,
                            CertificationStatus status, Instant grantedAt, Instant validUntil,
                            String verificationCode, String note, Map<String, Integer> moduleVersions) {
}
