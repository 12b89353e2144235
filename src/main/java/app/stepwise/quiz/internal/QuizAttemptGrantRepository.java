package app.stepwise.quiz.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizAttemptGrantRepository extends JpaRepository<QuizAttemptGrantEntity, Long> {
    List<QuizAttemptGrantEntity> findByPersonIdAndModuleKeyOrderByGrantedAt(long personId, String moduleKey);

    List<QuizAttemptGrantEntity> findByPersonIdAndModuleKeyIn(long personId, Collection<String> moduleKeys);
}
