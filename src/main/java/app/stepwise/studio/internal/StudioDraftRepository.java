package app.stepwise.studio.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudioDraftRepository extends JpaRepository<StudioDraftEntity, Long> {
    Optional<StudioDraftEntity> findByModuleKey(String moduleKey);

    boolean existsByModuleKey(String moduleKey);

    List<StudioDraftEntity> findAllByOrderByUpdatedAtDescIdDesc(Pageable page);
}
