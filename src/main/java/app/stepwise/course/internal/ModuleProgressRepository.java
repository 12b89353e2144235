package app.stepwise.course.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModuleProgressRepository extends JpaRepository<ModuleProgressEntity, Long> {
    Optional<ModuleProgressEntity> findByPersonIdAndModuleKeyAndModuleVersion(long personId, String moduleKey, int moduleVersion);

    List<ModuleProgressEntity> findByPersonIdAndModuleKeyIn(long personId, Collection<String> moduleKeys);
}
