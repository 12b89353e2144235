package app.stepwise.practice;

import java.util.List;

/** The signed-in person's practice in the current version of a module; no tasks when it has none. */
public record MyPractice(String moduleId, String moduleTitle, int version, List<MyTask> tasks) {
    public MyPractice {
        tasks = List.copyOf(tasks);
    }
}
