package app.stepwise.content.internal.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModuleVersionRepository extends JpaRepository<ModuleVersionEntity, Long> {
    Optional<ModuleVersionEntity> findByModuleIdAndNumber(long moduleId, int number);

    List<ModuleVersionEntity> findByModuleIdOrderByNumberDesc(long moduleId);
}
