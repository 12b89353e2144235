package app.stepwise.practice;

import app.stepwise.content.ModulePractice;
import java.util.List;
import java.util.Optional;

/** One task as the learner sees it: the task, where they stand, and every attempt, newest first. */
public record MyTask(ModulePractice.Task task, TaskStatus status, List<PracticeSubmission> history) {
    public MyTask {
        history = List.copyOf(history);
    }

    public Optional<PracticeSubmission> latest() {
        return history.stream().findFirst();
    }
}
