package app.stepwise.course;

/** One module on a person's path. */
public record PathModule(String moduleId, String title, Integer estimateMinutes, boolean required, ModuleStatus status,
                         int stepsTicked, int steps) {
}
