package app.stepwise.content;

import java.time.Instant;

/** One entry of a module's version history. */
public record ModuleVersionSummary(int version, Instant publishedAt, String publishedBy, String title,
                                   String versionNote, ChangeClass suggestedChangeClass, ChangeClass changeClass,
                                   String changeSummary, int steps, int questions, int practiceTasks, String contentHash) {
}
