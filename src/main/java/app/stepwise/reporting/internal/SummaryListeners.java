package app.stepwise.reporting.internal;

import app.stepwise.content.ChangeClassDecided;
import app.stepwise.content.ModuleVersionPublished;
import app.stepwise.course.EnrolmentCreated;
import app.stepwise.course.ModuleCompleted;
import app.stepwise.quiz.QuizPassed;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import app.stepwise.shared.SystemActor;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the summary current as things happen, through the event publication registry (a crash loses nothing).
 * The projection writes in transactions of its own, chunk by chunk, so the listeners run without one. What no
 * event announces (reading a module, a name change) the sweep picks up.
 */
@Component
class SummaryListeners {
    private final ProgressProjection projection;
    private final ModuleStatistics modules;
    private final RefreshQueue changedModules;

    SummaryListeners(ProgressProjection projection, ModuleStatistics modules, RefreshQueue changedModules) {
        this.projection = projection;
        this.modules = modules;
        this.changedModules = changedModules;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(EnrolmentCreated created) {
        SystemActor.run(() -> projection.refreshPeople(List.of(created.personId())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ModuleCompleted completed) {
        personAndModule(completed.person(), completed.moduleId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(QuizPassed passed) {
        personAndModule(passed.person(), passed.moduleId());
    }

    /** A new version resets everyone's progress on that module: the rows of the roles requiring it change. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ModuleVersionPublished published) {
        changedModules.moduleChanged(published.moduleId());
    }

    /** Refreshers follow a trainer's decision (assigned or withdrawn by the certification module). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ChangeClassDecided decided) {
        changedModules.moduleChanged(decided.moduleId());
    }

    /**
     * Certification changes (granted, lapsed, revoked, refresher assigned) publish no event of their own but always
     * tell the person: their rows are computed again, as after any other notice (cheap, one person).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PersonNotice notice) {
        SystemActor.run(() -> projection.refreshPeople(List.of(notice.recipient())));
    }

    private void personAndModule(PersonId person, String moduleId) {
        SystemActor.run(() -> {
            projection.refreshPeople(List.of(person));
            modules.refresh(List.of(moduleId));
        });
    }
}
