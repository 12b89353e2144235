package app.stepwise.course.internal;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Counts over everyone's progress, for trainers planning a change (no rows leave the module). */
public interface ProgressCounts extends Repository<ModuleProgressEntity, Long> {

    /** People who started a module version (ticked a step or read it) and have not completed it. */
    @Query("select count(distinct p.personId) from ModuleProgressEntity p where p.moduleKey = :module"
            + " and p.moduleVersion = :version and p.completedAt is null")
    long startedNotCompleted(@Param("module") String moduleId, @Param("version") int version);
}
