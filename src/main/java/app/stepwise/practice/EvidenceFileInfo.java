package app.stepwise.practice;

/**
 * The facts of an uploaded evidence file; the bytes are fetched separately, with an ownership check.
 *
 * @param name        the learner's file name, cleaned of any path
 * @param contentType the type detected from the content (never the browser's claim)
 * @param sizeBytes   size in bytes
 */
public record EvidenceFileInfo(String name, String contentType, long sizeBytes) {
}
