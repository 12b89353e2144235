package app.stepwise.content.internal;

import app.stepwise.content.FileResult;
import app.stepwise.content.ParsedContent;
import java.util.Optional;

/**
 * One file after parsing, before the batch checks. The content is built even when the file has errors (with defaults
 * for the bad fields) so that cross-file checks can still report duplicates and references; {@link #toResult()}
 * withholds it when there is any error.
 *
 * @param path        the file
 * @param problems    problems found so far; the batch checks add theirs
 * @param content     the draft content, empty when the file could not be read or its front matter is broken
 * @param frontMatter where each key and list item is, for pointing cross-file problems at the right line
 */
public record ParsedFile(String path, Problems problems, Optional<ParsedContent> content, FieldReader frontMatter) {

    public FileResult toResult() {
        return new FileResult(path, problems.hasErrors() ? Optional.empty() : content, problems.sorted());
    }
}
