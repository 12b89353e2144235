package app.stepwise.studio;

import app.stepwise.content.ModuleReading;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A draft checked as an import would check it.
 *
 * @param problems    errors and warnings, by line
 * @param doc         the parsed module when the file parses (the quiz included: trainers only)
 * @param reading     the preview, rendered as the module reader renders it
 * @param suggestions quiz questions from the draft's steps and snags that its quiz does not already ask
 */
public record DraftCheck(List<Problem> problems, Optional<ProcessDoc> doc, Optional<ModuleReading> reading,
                         List<SuggestedQuestion> suggestions) {

    public DraftCheck {
        problems = List.copyOf(problems);
        suggestions = List.copyOf(suggestions);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
