package app.stepwise.content.internal.archive;

import java.io.Serial;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole archive was refused. {@link #getMessage()} is one sentence meant for the trainer who uploaded it; the
 * {@link #reason()} is for code (metrics, audit, tests) and {@link #entryName()} names the offending entry when there
 * is one, with control characters replaced so it is safe to log and show.
 */
public final class ArchiveRejectedException extends RuntimeException {

    /** Why the archive was refused. */
    public enum Reason {
        NOT_A_ZIP,
        DAMAGED,
        UNSUPPORTED_FORMAT,
        ENCRYPTED,
        ARCHIVE_TOO_LARGE,
        TOO_MANY_ENTRIES,
        ENTRY_TOO_LARGE,
        TOTAL_TOO_LARGE,
        SUSPICIOUS_COMPRESSION,
        UNSAFE_PATH,
        LINK_OR_SPECIAL_FILE,
        DUPLICATE_NAME,
        NO_DOCUMENTS
    }

    @Serial
    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final String entryName;

    public ArchiveRejectedException(Reason reason, String message, String entryName) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.entryName = entryName;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<String> entryName() {
        return Optional.ofNullable(entryName);
    }
}
