package app.stepwise.reporting.internal;

import app.stepwise.shared.SystemActor;
import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Modules that changed (a new version, a trainer's decision) gathered for a moment before their statistics and
 * the rows of the roles requiring them are computed again: importing 200 modules publishes 200 versions, and a role
 * requiring 12 of them is then computed once, not 12 times. A request lost in a crash is found by the sweep, which
 * compares each role's definition and module versions with those its rows were computed from.
 */
@Component
class RefreshQueue {
    private static final Logger log = LoggerFactory.getLogger(RefreshQueue.class);
    private static final long GATHER_MILLIS = 1_000;

    private final ProgressProjection projection;
    private final ModuleStatistics statistics;
    private final Set<String> pending = new ConcurrentSkipListSet<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("reporting-refresh").daemon().factory());

    RefreshQueue(ProgressProjection projection, ModuleStatistics statistics) {
        this.projection = projection;
        this.statistics = statistics;
    }

    void moduleChanged(String moduleId) {
        pending.add(moduleId);
        if (scheduled.compareAndSet(false, true)) {
            worker.schedule(this::drain, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
        scheduled.set(false);
        var modules = List.copyOf(pending);
        pending.removeAll(modules);
        try {
            SystemActor.run(() -> refresh(modules));
        } catch (RuntimeException failure) {
            log.warn("Computing the progress after changes to {} failed; the next sweep tries again", modules, failure);
        }
    }

    private void refresh(Collection<String> modules) {
        statistics.refresh(modules);
        var catalog = projection.readCatalog();
        var roles = new LinkedHashSet<String>();
        modules.forEach(module -> roles.addAll(catalog.rolesRequiring(module)));
        projection.refreshRoles(roles);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
