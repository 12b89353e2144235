package app.stepwise.content;

import app.stepwise.content.internal.BatchChecks;
import app.stepwise.content.internal.FileParser;
import app.stepwise.content.internal.ParsedFile;
import java.util.List;
import java.util.Objects;

/**
 * Parses and validates files together: everything {@link ContentParser} checks, plus duplicate ids across files,
 * unknown roles, prerequisites and modules, and prerequisite cycles. A file with an error yields no content; the
 * valid files of the same batch still do. Thread-safe.
 */
public final class ContentValidator {

    private final FileParser parser;

    public ContentValidator() {
        this(ContentLimits.DEFAULTS);
    }

    public ContentValidator(ContentLimits limits) {
        this.parser = new FileParser(Objects.requireNonNull(limits, "limits"));
    }

    /** Validates a batch on its own: every reference must point into the batch. */
    public BatchResult validate(List<SourceFile> files) {
        return validate(files, KnownContent.none());
    }

    /**
     * Validates a batch against the library, so a single uploaded file may refer to stored modules and roles.
     *
     * @param files one result per file, in this order
     * @param known what the library already holds
     */
    public BatchResult validate(List<SourceFile> files, KnownContent known) {
        Objects.requireNonNull(known, "known");
        // Files parse independently and the parser is thread-safe: use every core (order is kept).
        List<ParsedFile> parsed = files.parallelStream().map(parser::parse).toList();
        new BatchChecks(parsed, known).run();
        return new BatchResult(parsed.stream().map(ParsedFile::toResult).toList());
    }
}
