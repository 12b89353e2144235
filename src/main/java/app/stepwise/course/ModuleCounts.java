package app.stepwise.course;

/** For one module version: how many people started it (have a progress row) and how many completed it. */
public record ModuleCounts(String moduleId, int version, long started, long completed) {
}
