package app.stepwise.practice;

import app.stepwise.practice.internal.PracticeSubmissionEntity;
import app.stepwise.shared.PersonId;

/** Entities stay in the module: this turns them into the records the API returns. */
final class SubmissionRecords {
    private SubmissionRecords() {
    }

    static PracticeSubmission of(PracticeSubmissionEntity e) {
        var file = e.getFileStorageName() == null ? null
                : new EvidenceFileInfo(e.getFileName(), e.getFileContentType(), e.getFileSizeBytes());
        return new PracticeSubmission(e.getId(), new PersonId(e.getPersonId()), e.getLearnerName(), e.getModuleKey(),
                e.getModuleVersion(), e.getTaskNumber(), e.getAttemptNo(), e.getEvidenceKind(), e.getTextEvidence(),
                e.getLinkEvidence(), file, e.getStatus(), e.getReviewer(), e.getReviewComment(), e.getSubmittedAt(),
                e.getReviewedAt());
    }
}
