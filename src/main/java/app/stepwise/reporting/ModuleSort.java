package app.stepwise.reporting;

/** How the per-module table is ordered; ties by title. */
public enum ModuleSort {
    TITLE, STARTED, COMPLETION_RATE, ATTEMPTS_TO_PASS
}
