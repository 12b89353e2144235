package app.stepwise.studio;

import java.time.Instant;

/**
 * A module's text in the studio: a saved draft, or (not yet saved) the module's current published source.
 *
 * @param moduleKey   the module id the draft publishes to
 * @param title       for lists: the front matter's title or first heading
 * @param baseVersion the published version the text started from; 0 for a module never published
 * @param source      the Markdown
 * @param version     the saved draft's lock version; {@code null} when nothing is saved yet
 * @param updatedBy   who saved it last (name); {@code null} when not saved
 * @param updatedAt   when; {@code null} when not saved
 * @param approval    a pending request for a second trainer to publish it; {@code null} when none
 */
public record Draft(String moduleKey, String title, int baseVersion, String source, Long version, String updatedBy,
                    Instant updatedAt, ApprovalRequest approval) {

    /** A draft with no approval request. */
    public Draft(String moduleKey, String title, int baseVersion, String source, Long version, String updatedBy,
                 Instant updatedAt) {
        this(moduleKey, title, baseVersion, source, version, updatedBy, updatedAt, null);
    }

    public boolean saved() {
        return version != null;
    }

    public boolean newModule() {
        return baseVersion == 0;
    }
}
