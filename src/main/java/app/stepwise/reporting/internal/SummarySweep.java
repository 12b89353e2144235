package app.stepwise.reporting.internal;

import app.stepwise.certification.CertificationFacts;
import app.stepwise.course.ProgressQueries;
import app.stepwise.people.PeopleDirectory;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.SystemActor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What events do not announce reaches the summary here: every {@code stepwise.reporting.sweep-interval} the
 * people whose progress, enrolments, certifications, refreshers or names changed since the last sweep are
 * computed again (windows overlap, computing twice is harmless), as are roles whose definition or module versions
 * changed. A nightly rebuild catches anything else (a removed enrolment, say). On an empty summary the first
 * start builds it in the background. Safe on several nodes: every write recomputes from the source.
 */
@Component
class SummarySweep {
    private static final Logger log = LoggerFactory.getLogger(SummarySweep.class);
    private static final Duration OVERLAP = Duration.ofSeconds(30);

    private final ProgressProjection projection;
    private final ModuleStatistics modules;
    private final RoleProgressRepository rows;
    private final ProgressQueries progress;
    private final CertificationFacts certifications;
    private final PeopleDirectory directory;
    private final Clock clock;
    private final boolean enabled;
    private volatile Instant watermark;

    SummarySweep(ProgressProjection projection, ModuleStatistics modules, RoleProgressRepository rows,
                 ProgressQueries progress, CertificationFacts certifications, PeopleDirectory directory, Clock clock,
                 @Value("${stepwise.reporting.sweep-enabled:true}") boolean enabled) {
        this.projection = projection;
        this.modules = modules;
        this.rows = rows;
        this.progress = progress;
        this.certifications = certifications;
        this.directory = directory;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart(ApplicationReadyEvent ready) {
        // a command-line run (import, reindex...) ends in seconds: a first build would be cut off as it closes
        if (!enabled || ready.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
            return;
        }
        Instant last = rows.findLastComputed();
        watermark = last == null ? clock.instant() : last.minus(OVERLAP);
        if (last == null) {
            Thread.ofVirtual().name("reporting-first-build").start(this::rebuild);
        }
    }

    @Scheduled(fixedDelayString = "${stepwise.reporting.sweep-interval:PT1M}",
            initialDelayString = "${stepwise.reporting.sweep-interval:PT1M}")
    void sweep() {
        if (!enabled || watermark == null) {
            return;
        }
        Instant started = clock.instant();
        Instant since = watermark.minus(OVERLAP);
        SystemActor.run(() -> {
            var people = new HashSet<PersonId>(progress.changedSince(since));
            people.addAll(certifications.changedSince(since));
            people.addAll(directory.changedSince(since));
            projection.refreshPeople(people);
            projection.refreshRoles(projection.staleRoles());
            modules.refresh(progress.modulesChangedSince(since));
        });
        watermark = started;
    }

    @Scheduled(cron = "${stepwise.reporting.rebuild-cron:0 40 2 * * *}", zone = "UTC")
    void nightly() {
        if (enabled) {
            rebuild();
        }
    }

    private void rebuild() {
        try {
            long start = System.nanoTime();
            int people = SystemActor.call(projection::rebuild);
            int moduleCount = SystemActor.call(modules::rebuild);
            log.info("Progress summary rebuilt: {} people, {} modules in {} ms", people, moduleCount,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException failure) {
            log.warn("Rebuilding the progress summary failed; the next sweep or rebuild tries again", failure);
        }
    }
}
