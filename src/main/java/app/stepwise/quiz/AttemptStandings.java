package app.stepwise.quiz;

import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleQuiz;
import app.stepwise.quiz.AttemptRules.ExtraAttempts;
import app.stepwise.quiz.internal.QuizAttemptEntity;
import app.stepwise.quiz.internal.QuizAttemptGrantRepository;
import app.stepwise.quiz.internal.QuizAttemptRepository;
import app.stepwise.shared.PersonId;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A person's standing with quizzes under the {@link AttemptRules}: their attempts, extra attempts and retake reasons. */
@Component
class AttemptStandings {
    private final QuizAttemptRepository attempts;
    private final QuizAttemptGrantRepository grants;
    private final ObjectProvider<QuizRetakes> retakes;
    private final Curriculum curriculum;
    private final AttemptRules rules;

    AttemptStandings(QuizAttemptRepository attempts, QuizAttemptGrantRepository grants, ObjectProvider<QuizRetakes> retakes,
                     Curriculum curriculum, Clock clock) {
        this.attempts = attempts;
        this.grants = grants;
        this.retakes = retakes;
        this.curriculum = curriculum;
        this.rules = new AttemptRules(clock);
    }

    /** The person's attempts at this quiz version, in order. */
    List<QuizAttemptEntity> attempts(PersonId person, ModuleQuiz quiz) {
        return attempts.findByPersonIdAndModuleKeyAndModuleVersionOrderByAttemptNo(person.value(), quiz.moduleId(), quiz.version());
    }

    QuizOverview overview(PersonId person, ModuleQuiz quiz) {
        return overview(person, quiz, attempts(person, quiz));
    }

    QuizOverview overview(PersonId person, ModuleQuiz quiz, List<QuizAttemptEntity> attemptsOfVersion) {
        var extra = grants.findByPersonIdAndModuleKeyOrderByGrantedAt(person.value(), quiz.moduleId()).stream()
                .map(g -> new ExtraAttempts(g.getExtraAttempts(), g.getGrantedAt())).toList();
        return rules.overview(quiz, attemptsOfVersion, extra, retakeReason(person, quiz.moduleId()));
    }

    /**
     * The quizzes among these modules the person may not start now because of the attempt limit or a cooldown, by
     * module id. Only modules with attempts at their current version can be held back, so only those are parsed.
     */
    Map<String, QuizOverview> heldBack(PersonId person, Collection<String> moduleIds) {
        if (moduleIds.isEmpty()) {
            return Map.of();
        }
        var current = curriculum.modules(moduleIds);
        var byModule = attempts.findByPersonIdAndModuleKeyIn(person.value(), moduleIds).stream()
                .filter(a -> current.containsKey(a.getModuleKey())
                        && current.get(a.getModuleKey()).currentVersion() == a.getModuleVersion())
                .sorted(java.util.Comparator.comparingInt(QuizAttemptEntity::getAttemptNo))
                .collect(Collectors.groupingBy(QuizAttemptEntity::getModuleKey, LinkedHashMap::new, Collectors.toList()));
        var held = new LinkedHashMap<String, QuizOverview>();
        byModule.forEach((moduleId, ofVersion) -> curriculum.quiz(moduleId, ofVersion.getFirst().getModuleVersion())
                .map(quiz -> overview(person, quiz, ofVersion)).filter(QuizOverview::blockedByLimit)
                .ifPresent(overview -> held.put(moduleId, overview)));
        return held;
    }

    private Optional<String> retakeReason(PersonId person, String moduleId) {
        return retakes.orderedStream().map(r -> r.reason(person, moduleId)).flatMap(Optional::stream).findFirst();
    }
}
