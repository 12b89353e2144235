package app.stepwise.content;

import app.stepwise.content.internal.FileParser;
import java.util.Objects;

/**
 * Parses one file on its own, without cross-file checks (unknown roles and prerequisites are not reported). Use
 * {@link ContentValidator} for imports; this is for previews and tests. Thread-safe.
 */
public final class ContentParser {

    private final FileParser parser;

    public ContentParser() {
        this(ContentLimits.DEFAULTS);
    }

    public ContentParser(ContentLimits limits) {
        this.parser = new FileParser(Objects.requireNonNull(limits, "limits"));
    }

    /** A module, or a role when the path is under {@code roles/}. */
    public FileResult parse(SourceFile file) {
        return parser.parse(file).toResult();
    }
}
