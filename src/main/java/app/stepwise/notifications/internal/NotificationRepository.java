package app.stepwise.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {
    long countByPersonIdAndReadAtIsNull(long personId);

    long countByPersonId(long personId);

    boolean existsByPersonIdAndDedupeKey(long personId, String dedupeKey);

    @Query("select n from NotificationEntity n where n.personId = :personId order by n.createdAt desc, n.id desc")
    List<NotificationEntity> newestFirst(@Param("personId") long personId, Pageable page);

    Optional<NotificationEntity> findByIdAndPersonId(long id, long personId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update NotificationEntity n set n.readAt = :now where n.personId = :personId and n.readAt is null")
    int markAllRead(@Param("personId") long personId, @Param("now") Instant now);
}
