package app.stepwise.feedback;

import java.time.Instant;

/**
 * A flag on one step of one module version. {@code stepText} is the step as it read when flagged;
 * {@code flaggedBy} the flagger's name at that time.
 */
public record StepFlag(long id, String moduleId, String moduleTitle, int moduleVersion, String stepAnchor,
                       int stepNumber, String stepText, FlagKind kind, String comment, FlagStatus status,
                       String resolutionNote, String flaggedBy, Instant createdAt, Instant updatedAt) {

    public boolean unresolved() {
        return FlagStatus.UNRESOLVED.contains(status);
    }

    /** The route to the step in the module reader. */
    public String stepLink() {
        return "module/" + moduleId + "#" + stepAnchor;
    }
}
