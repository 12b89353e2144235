package app.stepwise.content;

import java.util.List;
import java.util.Optional;

/** The practice tasks of one module version, ready to show: descriptions are sanitised HTML. */
public record ModulePractice(String moduleId, String moduleTitle, int version, List<Task> tasks) {
    public ModulePractice {
        tasks = List.copyOf(tasks);
    }

    public Optional<Task> task(int number) {
        return tasks.stream().filter(t -> t.number() == number).findFirst();
    }

    /**
     * One task.
     *
     * @param number          1-based position, stable within the version
     * @param title           plain text
     * @param descriptionHtml sanitised HTML, may be empty
     * @param evidence        what the learner hands in
     * @param signOff         who confirms it
     */
    public record Task(int number, String title, String descriptionHtml, Evidence evidence, SignOff signOff) {
    }
}
