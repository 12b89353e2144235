package app.stepwise.course;

import java.time.LocalDate;
import java.util.List;

/**
 * A role path a person is enrolled in, with each module's status and the next thing to do.
 *
 * @param percentDone share of required modules that are done
 * @param next        the next thing to do; {@code null} when everything is done or waits for a review
 */
public record RolePath(String roleId, String roleTitle, EnrolmentPurpose purpose, LocalDate dueDate,
                       List<PathModule> modules, int percentDone, NextStep next) {

    public boolean waitingForReview() {
        return next == null && modules.stream().anyMatch(m -> m.status() == ModuleStatus.PRACTICE_IN_REVIEW);
    }
}
