package app.stepwise.content.internal.store;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentAssetRepository extends JpaRepository<ContentAssetEntity, Long> {
    Optional<ContentAssetEntity> findByPath(String path);

    /** Ids only, so an export holds one image in memory at a time. */
    @org.springframework.data.jpa.repository.Query("select a.id from ContentAssetEntity a order by a.path")
    java.util.List<Long> allIds();
}
