package app.stepwise.certification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificationRepository extends JpaRepository<CertificationEntity, Long> {
    Optional<CertificationEntity> findByPersonIdAndRoleKey(long personId, String roleKey);

    List<CertificationEntity> findByPersonIdOrderByRoleKey(long personId);

    Optional<CertificationEntity> findByVerificationCode(String code);

    List<CertificationEntity> findByPersonIdAndStatus(long personId, CertificationEntity.Status status);

    List<CertificationEntity> findTop500ByStatusAndValidUntilBefore(CertificationEntity.Status status, Instant before);

    @Query("select c from CertificationEntity c where c.status = 'GRANTED' and c.validUntil < :before and c.remindedAt is null")
    List<CertificationEntity> needingReminder(Instant before);

    /** Granted certifications resting on a version of the module older than {@code version}. */
    @Query("select c from CertificationEntity c join c.modules m where c.status = 'GRANTED'"
            + " and key(m) = :module and value(m) < :version and c.roleKey in :roles")
    List<CertificationEntity> restingOnOlder(String module, int version, Collection<String> roles);

    /** Granted certifications resting on a module version an overdue, undone refresher replaces. */
    @Query("select distinct c from CertificationEntity c join c.modules m, RefresherEntity r where c.status = 'GRANTED'"
            + " and r.personId = c.personId and r.moduleKey = key(m) and r.toVersion > value(m)"
            + " and r.doneAt is null and r.dueAt < :now")
    List<CertificationEntity> withOverdueRefresher(Instant now);

    boolean existsByPersonIdAndRoleKey(long personId, String roleKey);
}
