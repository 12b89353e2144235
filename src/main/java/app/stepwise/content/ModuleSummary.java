package app.stepwise.content;

import java.time.Instant;
import java.util.List;

/** A module as the library lists it: the facts of its current version. */
public record ModuleSummary(String id, String title, String owner, List<String> roles, List<String> tags,
                            Integer estimateMinutes, int currentVersion, Instant lastChangedAt, String sourcePath) {
}
