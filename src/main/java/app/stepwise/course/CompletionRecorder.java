package app.stepwise.course;

import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleSummary;
import app.stepwise.course.internal.ModuleProgressRepository;
import app.stepwise.practice.PracticeReviewed;
import app.stepwise.quiz.QuizPassed;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.SystemActor;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a module as complete for a person once its current version was read, its quiz passed and its
 * practice approved, whichever of the three came last, and announces it with {@link ModuleCompleted}.
 * Quiz and practice outcomes arrive as events through the publication registry, so none is lost.
 */
@Component
class CompletionRecorder {
    private final ProgressFacts facts;
    private final ModuleProgressRepository progress;
    private final Curriculum curriculum;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate separately;

    CompletionRecorder(ProgressFacts facts, ModuleProgressRepository progress, Curriculum curriculum,
                       ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.facts = facts;
        this.progress = progress;
        this.curriculum = curriculum;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(QuizPassed passed) {
        recordAsSystem(passed.person(), passed.moduleId(), passed.moduleVersion());
    }

    @ApplicationModuleListener
    void on(PracticeReviewed reviewed) {
        if (reviewed.approved()) {
            recordAsSystem(reviewed.learner(), reviewed.moduleId(), reviewed.moduleVersion());
        }
    }

    /**
     * Outcomes for one person can arrive together (two approvals in a row); each try runs in a transaction
     * of its own, and a try that lost a race on the progress row runs again and finds the module complete.
     */
    private void recordAsSystem(PersonId person, String moduleId, int version) {
        for (int run = 1; ; run++) {
            try {
                SystemActor.run(() -> separately.executeWithoutResult(tx -> record(person, moduleId, version)));
                return;
            } catch (org.springframework.dao.ConcurrencyFailureException lost) {
                if (run == 3) {
                    throw lost; // stays incomplete in the publication registry and is retried on restart
                }
            }
        }
    }

    /** Marks the module complete if it now is; an outcome for an older version changes nothing. */
    @Transactional
    void record(PersonId person, String moduleId, int version) {
        boolean current = curriculum.module(moduleId).map(ModuleSummary::currentVersion).orElse(-1) == version;
        var module = facts.of(person, List.of(moduleId)).get(moduleId);
        if (!current || module == null || module.completedAt() != null || !module.complete()) {
            return;
        }
        var now = clock.instant();
        progress.findByPersonIdAndModuleKeyAndModuleVersion(person.value(), moduleId, version)
                .filter(entity -> progress.markCompleted(entity.getId(), now) == 1) // one winner when approvals race
                .ifPresent(entity -> events.publishEvent(new ModuleCompleted(person, moduleId, version, now)));
    }
}
