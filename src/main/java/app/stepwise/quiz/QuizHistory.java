package app.stepwise.quiz;

import app.stepwise.quiz.internal.QuizFactsRepository;
import app.stepwise.shared.PersonId;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz outcomes for reports: one person's history (themselves, their manager, trainers, admins), and passes of
 * many people or modules at once (trainers, admins and the system). One query per call.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QuizHistory {
    private final QuizFactsRepository attempts;
    private final QuizAccess access;

    QuizHistory(QuizFactsRepository attempts, QuizAccess access) {
        this.attempts = attempts;
        this.access = access;
    }

    /** Every submitted attempt of the person in these modules, any version, by module and attempt. */
    public List<QuizAttemptRecord> attempts(PersonId person, Collection<String> moduleIds) {
        access.requireMayRead(person);
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return attempts.findSubmitted(person.value(), moduleIds).stream().map(a -> new QuizAttemptRecord(a.moduleKey(),
                a.moduleVersion(), a.attemptNo(), a.scorePercent() == null ? 0 : a.scorePercent(),
                Boolean.TRUE.equals(a.passed()), a.submittedAt())).toList();
    }

    /** The quizzes these people passed in these modules (every version), with the attempt that passed. */
    @PreAuthorize(QuizService.REVIEWERS)
    public List<QuizPass> passes(Collection<PersonId> people, Collection<String> moduleIds) {
        if (people.isEmpty() || moduleIds.isEmpty()) {
            return List.of();
        }
        var wanted = moduleIds instanceof java.util.Set<String> set ? set : java.util.Set.copyOf(moduleIds);
        return attempts.findPasses(people.stream().map(PersonId::value).toList()).stream()
                .filter(row -> wanted.contains((String) row[1]))
                .map(row -> new QuizPass(new PersonId(((Number) row[0]).longValue()), (String) row[1],
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue())).toList();
    }

    /** Per module and version, how many people passed and how many attempts that took in all. */
    @PreAuthorize(QuizService.REVIEWERS)
    public List<QuizPassCounts> passCounts(Collection<String> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return attempts.countPasses(moduleIds).stream().map(row -> new QuizPassCounts((String) row[0],
                ((Number) row[1]).intValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue())).toList();
    }
}
