package app.stepwise.people.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read-only look-ups of many people at once, as flat rows (no entities, so no per-person queries). */
public interface PersonDirectoryRepository extends Repository<PersonEntity, Long> {
    String ROW = "select new app.stepwise.people.internal.PersonDirectoryRepository$Row(p.id, p.fullName, p.email,"
            + " p.jobTitle, m.id, m.fullName, p.active) from PersonEntity p left join p.manager m";

    @Query(ROW + " where p.id in :ids")
    List<Row> findRows(@Param("ids") Collection<Long> ids);

    @Query(ROW + " where m.id = :managerId and p.active = true order by p.fullName, p.id")
    List<Row> findActiveReports(@Param("managerId") long managerId);

    @Query(ROW + " where p.active = true and exists (select r.id from PersonEntity r where r.manager = p and r.active = true)"
            + " order by p.fullName, p.id")
    List<Row> findActiveManagers();

    @Query("select count(p) from PersonEntity p where p.id = :personId and p.manager.id = :managerId and p.active = true")
    long countReport(@Param("managerId") long managerId, @Param("personId") long personId);

    @Query("select p.id from PersonEntity p where p.updatedAt > :since")
    List<Long> findChangedSince(@Param("since") Instant since);

    @Query("select count(p) from PersonEntity p where p.active = true")
    long countActive();

    /** One person as reports see them; {@code managerId} is null for people without a manager. */
    record Row(long id, String name, String email, String jobTitle, Long managerId, String managerName, boolean active) {
    }
}
