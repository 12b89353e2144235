package app.stepwise.reporting;

import app.stepwise.certification.CertificationStatus;
import app.stepwise.course.RolePath;
import app.stepwise.people.PersonSnapshot;
import app.stepwise.practice.PracticeProgress;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything about one person's training, as the drill-down and the training record show it: their role paths
 * with every module's state, their certifications and refreshers, every quiz attempt, and practice per module.
 */
public record PersonReport(PersonSnapshot person, List<RolePath> paths, List<CertificationLine> certifications,
                           List<RefresherLine> refreshers, List<AttemptLine> quizHistory,
                           Map<String, PracticeProgress> practice, Instant generatedAt) {
    public PersonReport {
        paths = List.copyOf(paths);
        certifications = List.copyOf(certifications);
        refreshers = List.copyOf(refreshers);
        quizHistory = List.copyOf(quizHistory);
        practice = Map.copyOf(practice);
    }

    /** A certification with its status at the time of the report. */
    public record CertificationLine(long certificationId, String roleId, String roleTitle, CertificationStatus status,
                                    Instant grantedAt, Instant validUntil) {
    }

    public record RefresherLine(String roleTitle, String moduleId, String moduleTitle, int toVersion, Instant dueAt) {
    }

    public record AttemptLine(String moduleId, String moduleTitle, int version, int attemptNo, double scorePercent,
                              boolean passed, Instant submittedAt) {
    }
}
