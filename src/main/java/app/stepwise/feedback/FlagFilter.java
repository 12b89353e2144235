package app.stepwise.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which flags of the improvement queue to list.
 *
 * @param moduleId one module, or {@code null} for every module the caller may see
 * @param statuses the statuses to include; empty means all
 */
public record FlagFilter(String moduleId, Set<FlagStatus> statuses) {
    public FlagFilter {
        moduleId = moduleId == null || moduleId.isBlank() ? null : moduleId.strip();
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(FlagStatus.class) : EnumSet.copyOf(statuses);
    }

    /** Open and accepted flags of every module the caller may see: the work still to do. */
    public static FlagFilter unresolved() {
        return new FlagFilter(null, FlagStatus.UNRESOLVED);
    }
}
