package app.stepwise.course;

import java.time.Instant;
import java.util.Set;

/** The signed-in person's progress on the current version of one module. */
public record ModuleProgress(String moduleId, int version, Set<String> stepsTicked, Instant readAt) {
}
