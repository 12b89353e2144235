package app.stepwise.quiz.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Submitted attempts of many people or modules at once, as flat rows, for reports. */
public interface QuizFactsRepository extends Repository<QuizAttemptEntity, Long> {
    String SUBMITTED = "app.stepwise.quiz.internal.QuizAttemptEntity.State.SUBMITTED";

    @Query("select new app.stepwise.quiz.internal.QuizFactsRepository$AttemptRow(a.personId, a.moduleKey, a.moduleVersion,"
            + " a.attemptNo, a.scorePercent, a.passed, a.submittedAt) from QuizAttemptEntity a where a.personId = :person"
            + " and a.moduleKey in :modules and a.state = " + SUBMITTED + " order by a.moduleKey, a.moduleVersion, a.attemptNo")
    List<AttemptRow> findSubmitted(@Param("person") long person, @Param("modules") Collection<String> modules);

    /**
     * Per person, module and version that they passed: the first attempt that passed. By person only: people
     * times modules in one IN list defeats MariaDB's range optimizer.
     */
    @Query("select a.personId, a.moduleKey, a.moduleVersion, min(a.attemptNo) from QuizAttemptEntity a"
            + " where a.personId in :people and a.state = " + SUBMITTED + " and a.passed = true"
            + " group by a.personId, a.moduleKey, a.moduleVersion")
    List<Object[]> findPasses(@Param("people") Collection<Long> people);

    /** Per module and version: how many people passed, and the sum over them of the attempt that passed. */
    @Query("select x.moduleKey, x.moduleVersion, count(*), sum(x.attemptNo) from (select a.moduleKey as moduleKey,"
            + " a.moduleVersion as moduleVersion, min(a.attemptNo) as attemptNo from QuizAttemptEntity a"
            + " where a.moduleKey in :modules and a.state = " + SUBMITTED + " and a.passed = true"
            + " group by a.personId, a.moduleKey, a.moduleVersion) x group by x.moduleKey, x.moduleVersion")
    List<Object[]> countPasses(@Param("modules") Collection<String> modules);

    record AttemptRow(long personId, String moduleKey, int moduleVersion, int attemptNo, Double scorePercent,
                      Boolean passed, java.time.Instant submittedAt) {
    }
}
