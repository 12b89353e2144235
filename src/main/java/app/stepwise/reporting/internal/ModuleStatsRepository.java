package app.stepwise.reporting.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ModuleStatsRepository extends JpaRepository<ModuleStatsEntity, String> {
    @Query("select m from ModuleStatsEntity m")
    List<ModuleStatsEntity> findPage(Pageable page);
}
