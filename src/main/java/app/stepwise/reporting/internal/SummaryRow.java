package app.stepwise.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the progress summary as computed, before it is written. */
record SummaryRow(long personId, String roleKey, String personName, String personEmail, boolean active, String roleTitle,
                  String roleFingerprint, boolean enrolled, String purpose, LocalDate dueDate, int requiredModules,
                  int startedModules, int quizzesPassed, int completedModules, String certificationStatus,
                  Instant validUntil, Instant refresherDueAt) {

    /** Done required modules in percent, rounded down; a role without modules counts as done (as My learning). */
    int percentComplete() {
        return requiredModules == 0 ? 100 : 100 * completedModules / requiredModules;
    }
}
