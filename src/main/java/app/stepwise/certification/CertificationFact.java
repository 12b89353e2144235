package app.stepwise.certification;

import app.stepwise.shared.PersonId;
import java.time.Instant;

/**
 * A person's certification for a role as stored, for reports. {@code stored} is VALID for a granted
 * certification, which is valid only until {@code validUntil}: ask {@link #statusAt} for the status at a time.
 */
public record CertificationFact(long id, PersonId person, String roleId, CertificationStatus stored, Instant grantedAt,
                                Instant validUntil) {
    public CertificationStatus statusAt(Instant now) {
        return stored == CertificationStatus.VALID && !validUntil.isAfter(now) ? CertificationStatus.LAPSED : stored;
    }
}
