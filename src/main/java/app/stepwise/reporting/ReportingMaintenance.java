package app.stepwise.reporting;

import app.stepwise.reporting.internal.ModuleStatistics;
import app.stepwise.reporting.internal.ProgressProjection;
import app.stepwise.shared.Authority;
import app.stepwise.shared.SystemActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Rebuilding the progress summary and module statistics from the source data, for admins (after a restore, say)
 * and for tests and benchmarks that write data without events.
 */
@Service
@PreAuthorize("hasRole('" + Authority.Names.ADMIN + "')")
public class ReportingMaintenance {
    private final ProgressProjection projection;
    private final ModuleStatistics modules;

    ReportingMaintenance(ProgressProjection projection, ModuleStatistics modules) {
        this.projection = projection;
        this.modules = modules;
    }

    /** Computes every summary row and module count again; returns how many people were computed. */
    public int rebuild() {
        // The projection reads other modules with the system's read rights, as the nightly rebuild does.
        return SystemActor.call(() -> {
            int people = projection.rebuild();
            modules.rebuild();
            return people;
        });
    }
}
