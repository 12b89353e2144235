package app.stepwise.certification;

import java.time.Instant;

/** What the public verification page may say about a certificate: nothing about the person. */
public record Verification(String roleTitle, CertificationStatus status, Instant validUntil) {
}
