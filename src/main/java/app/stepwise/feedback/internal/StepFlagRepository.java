package app.stepwise.feedback.internal;

import app.stepwise.feedback.FlagStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface StepFlagRepository extends JpaRepository<StepFlagEntity, Long>, JpaSpecificationExecutor<StepFlagEntity> {
    List<StepFlagEntity> findByPersonIdOrderByCreatedAtDescIdDesc(long personId);

    List<StepFlagEntity> findByPersonIdAndModuleKey(long personId, String moduleKey);

    boolean existsByPersonIdAndModuleKeyAndStepAnchorAndStatusIn(long personId, String moduleKey, String stepAnchor,
                                                                Collection<FlagStatus> statuses);

    /** Every module that has flags: the owner rule is applied to these. */
    @Query("select distinct f.moduleKey from StepFlagEntity f")
    List<String> findFlaggedModuleKeys();

    /** Per module and status, how many flags there are: rows of (module key, status, count). */
    @Query("select f.moduleKey, f.status, count(f) from StepFlagEntity f group by f.moduleKey, f.status")
    List<Object[]> countByModuleAndStatus();

    /**
     * The queue's flags: of the given modules ({@code null}: every module), in the given statuses. The
     * caller passes a non-empty module list or {@code null}.
     */
    static Specification<StepFlagEntity> inQueue(Collection<String> moduleKeys, Collection<FlagStatus> statuses) {
        return (root, query, cb) -> {
            var predicate = root.get("status").in(statuses);
            return moduleKeys == null ? predicate : cb.and(predicate, root.get("moduleKey").in(moduleKeys));
        };
    }
}
