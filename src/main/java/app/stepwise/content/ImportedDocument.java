package app.stepwise.content;

import java.util.List;

/**
 * The outcome for one file of an import. {@code id} is the module or role id when the file parsed;
 * {@code version} the version now current; {@code changeClass} and {@code changeSummary} describe an update.
 */
public record ImportedDocument(String path, String id, boolean role, ImportOutcome outcome, Integer version,
                               ChangeClass changeClass, String changeSummary, List<Problem> problems) {
    public ImportedDocument {
        problems = List.copyOf(problems);
    }
}
