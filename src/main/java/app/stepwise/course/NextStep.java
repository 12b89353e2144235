package app.stepwise.course;

/**
 * The one thing to do next on a path.
 *
 * @param route the app route that does it ({@code module/x}, {@code quiz/x}, {@code practice/x})
 * @param label what the button says, e.g. "Take the quiz"
 */
public record NextStep(String moduleId, String moduleTitle, String route, String label) {
}
