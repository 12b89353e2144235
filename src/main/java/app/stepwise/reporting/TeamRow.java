package app.stepwise.reporting;

import app.stepwise.certification.CertificationStatus;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.shared.PersonId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One person in one role, as the team grid shows it.
 *
 * @param certification the certification's status today; null when never certified for the role
 * @param overdue       the due date has passed and the person is not certified
 * @param expiring      certified, but the certification ends within 30 days
 */
public record TeamRow(PersonId person, String name, String email, String roleId, String roleTitle, boolean enrolled,
                      EnrolmentPurpose purpose, LocalDate dueDate, int requiredModules, int completedModules,
                      int startedModules, int percentComplete, CertificationStatus certification, Instant validUntil,
                      Instant refresherDueAt, boolean overdue, boolean expiring) {

    public boolean certified() {
        return certification == CertificationStatus.VALID;
    }

    public boolean refresherDue() {
        return refresherDueAt != null;
    }

    /** The one word that says most: certified, lapsed, revoked, overdue, in progress or not started. */
    public String statusLabel() {
        if (certification != null) {
            return certification.label();
        }
        if (overdue) {
            return ProgressFilter.OVERDUE.label();
        }
        return startedModules > 0 ? ProgressFilter.IN_PROGRESS.label() : ProgressFilter.NOT_STARTED.label();
    }
}
