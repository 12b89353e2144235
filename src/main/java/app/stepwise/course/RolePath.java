package app.stepwise.course;

import java.time.LocalDate;
import java.util.List;

/** A role path a person is enrolled in, with each module's status and the next thing to do. */
public record RolePath(String roleId, String roleTitle, EnrolmentPurpose purpose, LocalDate dueDate,
                       List<PathModule> modules, int percentDone, String nextModuleId) {
}
