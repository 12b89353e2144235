package app.stepwise.quiz.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuizAttemptRepository extends JpaRepository<QuizAttemptEntity, Long> {
    List<QuizAttemptEntity> findByPersonIdAndModuleKeyAndModuleVersionOrderByAttemptNo(
            long personId, String moduleKey, int moduleVersion);

    List<QuizAttemptEntity> findByPersonIdAndModuleKeyIn(long personId, Collection<String> moduleKeys);

    Optional<QuizAttemptEntity> findFirstByPersonIdAndModuleKeyAndStateOrderBySubmittedAtDesc(
            long personId, String moduleKey, QuizAttemptEntity.State state);

    /**
     * The one state change of an attempt: in progress → submitted, only from the version that was scored.
     * Returns 0 when another request submitted it first or saved an answer in between.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update QuizAttemptEntity a set a.state = app.stepwise.quiz.internal.QuizAttemptEntity.State.SUBMITTED,
                a.scorePercent = :score, a.passed = :passed, a.submittedAt = :now, a.version = a.version + 1
            where a.id = :id and a.version = :version
                and a.state = app.stepwise.quiz.internal.QuizAttemptEntity.State.IN_PROGRESS""")
    int markSubmitted(@Param("id") long id, @Param("version") long version, @Param("score") double score,
                      @Param("passed") boolean passed, @Param("now") Instant now);

    long countByModuleKeyAndModuleVersionAndState(String moduleKey, int moduleVersion, QuizAttemptEntity.State state);

    @Query("""
            select count(a) from QuizAttemptEntity a where a.moduleKey = :module and a.moduleVersion = :version
                and a.state = app.stepwise.quiz.internal.QuizAttemptEntity.State.SUBMITTED and a.passed = true""")
    long countPassed(@Param("module") String moduleKey, @Param("version") int moduleVersion);

    @Query("""
            select count(distinct a.personId) from QuizAttemptEntity a where a.moduleKey = :module
                and a.moduleVersion = :version
                and a.state = app.stepwise.quiz.internal.QuizAttemptEntity.State.SUBMITTED""")
    long countLearners(@Param("module") String moduleKey, @Param("version") int moduleVersion);

    @Query("select distinct a.moduleKey from QuizAttemptEntity a where a.state = app.stepwise.quiz.internal.QuizAttemptEntity.State.SUBMITTED")
    List<String> modulesWithAttempts();

    @Query("select distinct a.moduleVersion from QuizAttemptEntity a where a.moduleKey = :module order by a.moduleVersion desc")
    List<Integer> versionsWithAttempts(@Param("module") String moduleKey);
}
