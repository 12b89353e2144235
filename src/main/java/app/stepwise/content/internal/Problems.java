package app.stepwise.content.internal;

import app.stepwise.content.Problem;
import app.stepwise.content.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file as parsing and the batch checks find them. */
public final class Problems {

    private final String path;
    private final List<Problem> found = new ArrayList<>();

    public Problems(String path) {
        this.path = path;
    }

    public void error(Position at, String message) {
        found.add(new Problem(path, at.line(), at.column(), Severity.ERROR, message));
    }

    public void warning(Position at, String message) {
        found.add(new Problem(path, at.line(), at.column(), Severity.WARNING, message));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** In line order, so a trainer can fix them top to bottom; equal lines keep the order they were found in. */
    public List<Problem> sorted() {
        return found.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }
}
