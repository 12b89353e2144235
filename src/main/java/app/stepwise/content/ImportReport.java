package app.stepwise.content;

import java.util.List;

/** Per file: imported new, updated, unchanged or failed, with every problem by file, line and column. */
public record ImportReport(List<ImportedDocument> documents) {
    public ImportReport {
        documents = List.copyOf(documents);
    }

    public static ImportReport rejected(String path, String message) {
        return new ImportReport(List.of(new ImportedDocument(path, null, false, ImportOutcome.FAILED, null, null, null,
                List.of(new Problem(path, 0, 0, Severity.ERROR, message)))));
    }

    public long count(ImportOutcome outcome) {
        return documents.stream().filter(d -> d.outcome() == outcome).count();
    }

    public boolean hasFailures() {
        return count(ImportOutcome.FAILED) > 0;
    }

    public List<Problem> problems() {
        return documents.stream().flatMap(d -> d.problems().stream()).toList();
    }

    public String summary() {
        return count(ImportOutcome.NEW) + " new, " + count(ImportOutcome.UPDATED) + " updated, "
                + count(ImportOutcome.UNCHANGED) + " unchanged, " + count(ImportOutcome.FAILED) + " failed";
    }
}
