package app.stepwise.certification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Certifications and refreshers of many people at once, as flat rows (no entities: their modules load eagerly). */
public interface CertificationFactsRepository extends Repository<CertificationEntity, Long> {
    @Query("select new app.stepwise.certification.internal.CertificationFactsRepository$CertificationRow(c.id, c.personId,"
            + " c.roleKey, c.status, c.grantedAt, c.validUntil) from CertificationEntity c where c.personId in :people")
    List<CertificationRow> findByPeople(@Param("people") Collection<Long> people);

    @Query("select new app.stepwise.certification.internal.CertificationFactsRepository$RefresherRow(r.personId, r.roleKey,"
            + " r.moduleKey, r.toVersion, r.dueAt) from RefresherEntity r where r.personId in :people and r.doneAt is null")
    List<RefresherRow> findOpenRefreshers(@Param("people") Collection<Long> people);

    @Query("select c.personId from CertificationEntity c where c.grantedAt > :since or c.lapsedAt > :since or c.revokedAt > :since")
    List<Long> findCertificationsChangedSince(@Param("since") Instant since);

    @Query("select r.personId from RefresherEntity r where r.createdAt > :since or r.doneAt > :since")
    List<Long> findRefreshersChangedSince(@Param("since") Instant since);

    /** Rows of (year, month, count) of certifications granted (or last renewed) from the instant on, UTC. */
    @Query("select year(c.grantedAt), month(c.grantedAt), count(c) from CertificationEntity c where c.grantedAt >= :from"
            + " group by year(c.grantedAt), month(c.grantedAt)")
    List<Object[]> countGrantsByMonth(@Param("from") Instant from);

    record CertificationRow(long id, long personId, String roleKey, CertificationEntity.Status status, Instant grantedAt,
                            Instant validUntil) {
    }

    record RefresherRow(long personId, String roleKey, String moduleKey, int toVersion, Instant dueAt) {
    }
}
