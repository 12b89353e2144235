package app.stepwise.certification;

import app.stepwise.content.ChangeClass;
import app.stepwise.content.ChangeClassDecided;
import app.stepwise.content.ModuleVersionPublished;
import app.stepwise.course.ModuleCompleted;
import app.stepwise.quiz.QuizPassed;
import app.stepwise.shared.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** Completions and module versions reach the certification rules through the publication registry. */
@Component
class CertificationListeners {
    private final CertificationRules rules;

    CertificationListeners(CertificationRules rules) {
        this.rules = rules;
    }

    /**
     * Without a surrounding transaction so that a race lost to another event of the same person (both granting,
     * or both updating one certification) runs again in a fresh one on top of the winner's: see {@link LostRaces}.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ModuleCompleted completed) {
        SystemActor.run(() -> LostRaces.rerun(() -> rules.completed(completed)));
    }

    /** A renewal's last pass grants, and may race a completion of the same person: as above. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(QuizPassed passed) {
        SystemActor.run(() -> LostRaces.rerun(() -> rules.quizPassed(passed.person(), passed.moduleId(),
                passed.moduleVersion())));
    }

    @ApplicationModuleListener
    void on(ModuleVersionPublished published) {
        if (published.changeClass() == ChangeClass.MATERIAL) {
            SystemActor.run(() -> rules.materialChange(published.moduleId(), published.version()));
        }
    }

    @ApplicationModuleListener
    void on(ChangeClassDecided decided) {
        SystemActor.run(() -> {
            if (decided.changeClass() == ChangeClass.MATERIAL) {
                rules.materialChange(decided.moduleId(), decided.version());
            } else {
                rules.minorChange(decided.moduleId(), decided.version());
            }
        });
    }
}
