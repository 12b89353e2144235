package app.stepwise.practice;

import app.stepwise.content.ModulePractice;
import java.util.List;

/**
 * A submission with what a reviewer needs beside it: the task as it was in that module version and every
 * attempt the learner made at it, newest first (the submission itself included).
 */
public record SubmissionDetail(PracticeSubmission submission, String moduleTitle, ModulePractice.Task task,
                               List<PracticeSubmission> history) {
    public SubmissionDetail {
        history = List.copyOf(history);
    }

    /** The attempts before this one, newest first. */
    public List<PracticeSubmission> earlierAttempts() {
        return history.stream().filter(s -> s.attemptNo() < submission.attemptNo()).toList();
    }
}
