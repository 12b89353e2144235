package app.stepwise.certification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RefresherRepository extends JpaRepository<RefresherEntity, Long> {
    boolean existsByPersonIdAndModuleKeyAndToVersion(long personId, String moduleKey, int toVersion);

    List<RefresherEntity> findByPersonIdAndModuleKeyAndDoneAtIsNull(long personId, String moduleKey);

    List<RefresherEntity> findByPersonIdAndDoneAtIsNullOrderByDueAt(long personId);

    List<RefresherEntity> findTop500ByDoneAtIsNullAndDueAtBefore(Instant now);

    List<RefresherEntity> findByModuleKeyAndToVersionAndDoneAtIsNull(String moduleKey, int toVersion);
}
