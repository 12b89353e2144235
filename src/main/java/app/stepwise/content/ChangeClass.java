package app.stepwise.content;

/** How much a new version matters to people already certified; the default rule a trainer can override. */
public enum ChangeClass {
    /** Nothing changed. */
    NONE,
    /** Wording outside steps, quiz and practice, or metadata such as title and tags. */
    MINOR,
    /** Steps, quiz (questions or pass mark, attempts, cooldown) or practice tasks changed. */
    MATERIAL
}
