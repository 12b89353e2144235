package app.stepwise.certification;

import java.util.List;

/** One person's certifications (by role) and the refreshers they still have to do. */
public record PersonCertifications(List<CertificationFact> certifications, List<RefresherFact> refreshers) {
    public PersonCertifications {
        certifications = List.copyOf(certifications);
        refreshers = List.copyOf(refreshers);
    }
}
