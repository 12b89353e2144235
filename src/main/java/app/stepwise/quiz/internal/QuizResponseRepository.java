package app.stepwise.quiz.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuizResponseRepository extends JpaRepository<QuizResponseEntity, Long> {
    /** Per question: responses and fully correct responses. */
    @Query("""
            select r.questionKey, count(r), sum(case when r.correct = true then 1 else 0 end) from QuizResponseEntity r
            where r.moduleKey = :module and r.moduleVersion = :version group by r.questionKey""")
    List<Object[]> correctness(@Param("module") String moduleKey, @Param("version") int moduleVersion);

    /** Per question and wrong response: how often it was given, most frequent first. */
    @Query("""
            select r.questionKey, r.response, count(r) from QuizResponseEntity r
            where r.moduleKey = :module and r.moduleVersion = :version and r.correct = false
            group by r.questionKey, r.response order by count(r) desc""")
    List<Object[]> wrongResponses(@Param("module") String moduleKey, @Param("version") int moduleVersion);
}
