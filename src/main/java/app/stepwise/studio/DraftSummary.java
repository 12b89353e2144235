package app.stepwise.studio;

import java.time.Instant;

/** A saved draft as the studio lists it. {@code baseVersion} 0 means a new module. */
public record DraftSummary(String moduleKey, String title, int baseVersion, String updatedBy, Instant updatedAt) {
}
