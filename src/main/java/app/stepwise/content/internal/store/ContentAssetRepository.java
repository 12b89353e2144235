package app.stepwise.content.internal.store;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentAssetRepository extends JpaRepository<ContentAssetEntity, Long> {
    Optional<ContentAssetEntity> findByPath(String path);
}
