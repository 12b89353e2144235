package app.stepwise.people;

/** One problem in an uploaded file: the line it is on (1 = header), the column, and what to fix. */
public record ImportProblem(int line, String column, String message) {
}
