package app.stepwise.studio;

/**
 * Someone else changed the module or its draft since this trainer loaded it: their save or publish was refused
 * and nothing of theirs was stored. {@link #theirs()} is what the server holds now; the trainer's own text stays
 * with them to compare and merge. Saving again with {@code theirs().baseVersion()} and {@code theirs().version()}
 * keeps the trainer's text on top of the other change.
 */
public class DraftConflictException extends RuntimeException {
    private final transient Draft theirs;

    public DraftConflictException(String message, Draft theirs) {
        super(message);
        this.theirs = theirs;
    }

    public Draft theirs() {
        return theirs;
    }
}
