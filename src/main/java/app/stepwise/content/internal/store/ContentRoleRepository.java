package app.stepwise.content.internal.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContentRoleRepository extends JpaRepository<ContentRoleEntity, Long> {
    Optional<ContentRoleEntity> findByKey(String key);

    @Query("select r.sourcePath, r.contentHash, r.key from ContentRoleEntity r")
    List<Object[]> currentHashes();

    @Query("select r.key from ContentRoleEntity r")
    List<String> allKeys();
}
