package app.stepwise.course;

/** A module to complete before another, and whether the signed-in person has. */
public record Prerequisite(String moduleId, String title, boolean done) {
}
