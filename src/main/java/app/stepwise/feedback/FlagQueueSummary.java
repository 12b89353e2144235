package app.stepwise.feedback;

/** One module's line in the improvement queue: how many flags wait and how many there were in all. */
public record FlagQueueSummary(String moduleId, String moduleTitle, long open, long accepted, long total) {
}
