package app.stepwise.course.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModuleProgressRepository extends JpaRepository<ModuleProgressEntity, Long> {
    Optional<ModuleProgressEntity> findByPersonIdAndModuleKeyAndModuleVersion(long personId, String moduleKey, int moduleVersion);

    /**
     * Records the completion once: only the first of several concurrent callers (two approvals arriving
     * together) changes the row; the others get 0.
     */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true, flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update ModuleProgressEntity p set p.completedAt = :now,"
            + " p.updatedAt = :now, p.version = p.version + 1 where p.id = :id and p.completedAt is null")
    int markCompleted(@org.springframework.data.repository.query.Param("id") long id,
                      @org.springframework.data.repository.query.Param("now") java.time.Instant now);

    List<ModuleProgressEntity> findByPersonIdAndModuleKeyIn(long personId, Collection<String> moduleKeys);
}
