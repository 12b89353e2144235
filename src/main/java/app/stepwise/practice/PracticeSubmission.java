package app.stepwise.practice;

import app.stepwise.content.Evidence;
import app.stepwise.shared.PersonId;
import java.time.Instant;

/**
 * One attempt at a practice task. Exactly one of {@code text}, {@code link} and {@code file} is set,
 * matching {@code evidenceKind}. {@code reviewer} and {@code reviewComment} are set once it was reviewed.
 */
public record PracticeSubmission(long id, PersonId learner, String learnerName, String moduleId, int moduleVersion,
                                 int taskNumber, int attemptNo, Evidence evidenceKind, String text, String link,
                                 EvidenceFileInfo file, SubmissionStatus status, String reviewer, String reviewComment,
                                 Instant submittedAt, Instant reviewedAt) {
    /** Where a signed-in person who may see this submission downloads its file (relative to the app root). */
    public String fileUrl() {
        return file == null ? null : EvidenceDownload.url(id);
    }
}
