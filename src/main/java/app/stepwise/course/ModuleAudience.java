package app.stepwise.course;

import app.stepwise.course.internal.ProgressCounts;
import app.stepwise.shared.Authority;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is working through a module, for trainers about to publish a new version of it. Progress belongs to
 * one version, so everyone counted here starts the new version afresh once it is published.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
public class ModuleAudience {
    private final ProgressCounts counts;

    ModuleAudience(ProgressCounts counts) {
        this.counts = counts;
    }

    /** People who started this version of the module (ticked a step or read it) and have not completed it. */
    public long inProgress(String moduleId, int version) {
        return counts.startedNotCompleted(moduleId, version);
    }
}
