package app.stepwise.content.internal.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModuleVersionRepository extends JpaRepository<ModuleVersionEntity, Long> {
    Optional<ModuleVersionEntity> findByModuleIdAndNumber(long moduleId, int number);

    List<ModuleVersionEntity> findByModuleIdOrderByNumberDesc(long moduleId);

    /** Per module key: steps, questions and practice tasks of the current version. */
    @org.springframework.data.jpa.repository.Query("select m.key, v.stepCount, v.questionCount, v.practiceCount"
            + " from ModuleVersionEntity v, ProcessModuleEntity m"
            + " where v.moduleId = m.id and v.number = m.currentVersion and m.key in :keys")
    List<Object[]> currentShapes(@org.springframework.data.repository.query.Param("keys") java.util.Collection<String> keys);
}
