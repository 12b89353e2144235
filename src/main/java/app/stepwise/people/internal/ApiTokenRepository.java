package app.stepwise.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, Long> {
    Optional<ApiTokenEntity> findByTokenHash(String tokenHash);

    List<ApiTokenEntity> findByPersonIdOrderByCreatedAtDesc(long personId);

    long countByPersonIdAndRevokedAtIsNull(long personId);
}
