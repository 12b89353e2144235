package app.stepwise.content;

/** What importing one file did. */
public enum ImportOutcome {
    /** A module or role that did not exist: version 1. */
    NEW,
    /** Content changed: a new version was stored. */
    UPDATED,
    /** Same content as the current version: nothing stored. */
    UNCHANGED,
    /** Invalid: nothing stored for this file (the others still import). */
    FAILED
}
