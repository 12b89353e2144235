package app.stepwise.people.internal;

import app.stepwise.shared.Authority;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<PersonEntity, Long>, JpaSpecificationExecutor<PersonEntity> {
    Optional<PersonEntity> findByEmail(String email);

    boolean existsByEmail(String email);

    List<PersonEntity> findByEmailIn(java.util.Collection<String> emails);

    @Query("select new app.stepwise.people.internal.SessionState(p.active, p.sessionVersion)"
            + " from PersonEntity p where p.id = :id")
    Optional<SessionState> findSessionState(@Param("id") long id);

    @Query("select count(p) from PersonEntity p join p.authorities a where a = :authority and p.active = true")
    long countActiveWith(@Param("authority") Authority authority);

    @Query("select a, count(p) from PersonEntity p join p.authorities a where p.active = true group by a")
    List<Object[]> countActiveByAuthority();

    long countByActive(boolean active);

    long countByActiveTrueAndPasswordHashIsNull();

    @Query("select p from PersonEntity p where p.manager.id = :managerId and p.active = true order by p.fullName")
    List<PersonEntity> findActiveReports(@Param("managerId") long managerId);

    @Query("select p from PersonEntity p where lower(p.jobTitle) = :jobTitle order by p.fullName")
    List<PersonEntity> findByJobTitle(@Param("jobTitle") String lowerCaseJobTitle);

    @Query("select distinct p.jobTitle from PersonEntity p where p.active = true and p.jobTitle is not null order by p.jobTitle")
    List<String> activeJobTitles();
}
