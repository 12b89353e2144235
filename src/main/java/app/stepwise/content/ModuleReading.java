package app.stepwise.content;

import java.util.List;

/**
 * The current version of a module, ready to read: metadata, the reading sections (no quiz or practice:
 * those hold answers) and the steps. All HTML is sanitised, relative images point to served assets.
 */
public record ModuleReading(String id, String title, int version, String owner, Integer estimateMinutes,
                            List<String> prerequisites, String versionNote, List<RenderedSection> sections,
                            List<ReadingStep> steps, int questions, int practiceTasks) {
}
