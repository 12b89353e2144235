package app.stepwise.practice;

/**
 * A person's practice in the current version of one module, counted by each task's latest attempt.
 * {@code tasks - approved - inReview - rejected} tasks have nothing handed in yet.
 */
public record PracticeProgress(String moduleId, int version, int tasks, int approved, int inReview, int rejected) {
    public boolean complete() {
        return approved == tasks;
    }
}
