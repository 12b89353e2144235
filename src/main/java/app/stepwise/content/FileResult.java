package app.stepwise.content;

import java.util.List;
import java.util.Optional;

/**
 * The outcome for one file: its parsed content when it has no errors, and every problem found (warnings may come with
 * content; any error means no content).
 */
public record FileResult(String path, Optional<ParsedContent> content, List<Problem> problems) {

    public FileResult {
        problems = List.copyOf(problems);
        if (content.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a file with errors yields no content: " + path);
        }
    }

    public boolean isValid() {
        return content.isPresent();
    }

    public Optional<ProcessDoc> module() {
        return content.filter(ProcessDoc.class::isInstance).map(ProcessDoc.class::cast);
    }

    public Optional<RoleDefinition> role() {
        return content.filter(RoleDefinition.class::isInstance).map(RoleDefinition.class::cast);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }
}
