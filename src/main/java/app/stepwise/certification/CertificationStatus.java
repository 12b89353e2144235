package app.stepwise.certification;

/** What a certification means today: valid, lapsed (expired or a refresher overdue) or revoked by a trainer. */
public enum CertificationStatus {
    VALID, LAPSED, REVOKED;

    public String label() {
        return switch (this) {
            case VALID -> "Certified";
            case LAPSED -> "Lapsed";
            case REVOKED -> "Revoked";
        };
    }
}
