package app.stepwise.reporting.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoleProgressRepository extends JpaRepository<RoleProgressEntity, RoleProgressEntity.Key>,
        JpaSpecificationExecutor<RoleProgressEntity> {

    @Query("select distinct r.personId from RoleProgressEntity r where r.personId in :people")
    List<Long> findPeopleWithRows(@Param("people") Collection<Long> people);

    /** Rows of (role key, fingerprint) as stored: a role whose definition changed has rows with an old fingerprint. */
    @Query("select distinct r.roleKey, r.roleFingerprint from RoleProgressEntity r")
    List<Object[]> findRoleFingerprints();

    @Query("select max(r.computedAt) from RoleProgressEntity r")
    Instant findLastComputed();
}
