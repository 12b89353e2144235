package app.stepwise.course;

import app.stepwise.content.Curriculum;
import app.stepwise.course.internal.ModuleProgressEntity;
import app.stepwise.course.internal.ModuleProgressRepository;
import app.stepwise.practice.PracticeService;
import app.stepwise.quiz.QuizService;
import app.stepwise.shared.PersonId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Gathers a person's facts for many modules at once: one query each for shapes, summaries, reading
 * progress, quiz standings and practice progress, whatever the number of modules.
 */
@Component
class ProgressFacts {
    private final Curriculum curriculum;
    private final ModuleProgressRepository progress;
    private final QuizService quizzes;
    private final PracticeService practice;

    ProgressFacts(Curriculum curriculum, ModuleProgressRepository progress, QuizService quizzes, PracticeService practice) {
        this.curriculum = curriculum;
        this.progress = progress;
        this.quizzes = quizzes;
        this.practice = practice;
    }

    /** Facts per module id, in the order given; ids without a module are left out. */
    Map<String, ModuleFacts> of(PersonId person, Collection<String> moduleIds) {
        var summaries = curriculum.modules(moduleIds);
        var shapes = curriculum.shapes(moduleIds);
        var standings = quizzes.standings(person, moduleIds);
        var practiceProgress = practice.progress(person, moduleIds);
        Map<String, ModuleProgressEntity> reading = new HashMap<>();
        for (var entity : progress.findByPersonIdAndModuleKeyIn(person.value(), moduleIds)) {
            var summary = summaries.get(entity.getModuleKey());
            if (summary != null && summary.currentVersion() == entity.getModuleVersion()) {
                reading.put(entity.getModuleKey(), entity);
            }
        }
        var facts = new LinkedHashMap<String, ModuleFacts>();
        for (String id : moduleIds) {
            var summary = summaries.get(id);
            var shape = shapes.get(id);
            if (summary == null || shape == null) {
                continue;
            }
            var entity = reading.get(id);
            facts.put(id, new ModuleFacts(id, summary.title(), summary.estimateMinutes(), shape,
                    entity == null ? Set.of() : entity.getStepsTicked(), entity == null ? null : entity.getReadAt(),
                    entity == null ? null : entity.getCompletedAt(), standings.get(id), practiceProgress.get(id)));
        }
        return facts;
    }
}
