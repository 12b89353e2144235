package app.stepwise.content;

import java.util.List;
import java.util.Optional;

/** The outcome of validating several files together, one {@link FileResult} per file in input order. */
public record BatchResult(List<FileResult> files) {

    public BatchResult {
        files = List.copyOf(files);
    }

    /** True when no file has an error. */
    public boolean isValid() {
        return files.stream().allMatch(FileResult::isValid);
    }

    /** Every problem of every file, in file order then line order. */
    public List<Problem> problems() {
        return files.stream().flatMap(file -> file.problems().stream()).toList();
    }

    public List<Problem> errors() {
        return problems().stream().filter(Problem::isError).toList();
    }

    /** The valid modules; files with errors are left out. */
    public List<ProcessDoc> modules() {
        return files.stream().flatMap(file -> file.module().stream()).toList();
    }

    /** The valid roles; files with errors are left out. */
    public List<RoleDefinition> roles() {
        return files.stream().flatMap(file -> file.role().stream()).toList();
    }

    public Optional<FileResult> file(String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst();
    }
}
