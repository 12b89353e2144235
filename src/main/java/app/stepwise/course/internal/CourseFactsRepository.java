package app.stepwise.course.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Enrolments and progress of many people at once, as flat rows, for reports. */
public interface CourseFactsRepository extends Repository<ModuleProgressEntity, Long> {
    @Query("select new app.stepwise.course.internal.CourseFactsRepository$EnrolmentRow(e.personId, e.roleKey, e.purpose,"
            + " e.dueDate, e.enrolledAt) from EnrolmentEntity e where e.personId in :people")
    List<EnrolmentRow> findEnrolments(@Param("people") Collection<Long> people);

    @Query("select distinct e.personId from EnrolmentEntity e where e.personId > :after order by e.personId")
    List<Long> findEnrolledPeople(@Param("after") long after, Pageable page);

    @Query("select distinct e.personId from EnrolmentEntity e where e.personId > :after and e.roleKey in :roles"
            + " order by e.personId")
    List<Long> findEnrolledPeople(@Param("roles") Collection<String> roles, @Param("after") long after, Pageable page);

    @Query("select new app.stepwise.course.internal.CourseFactsRepository$ProgressRow(p.personId, p.moduleKey,"
            + " p.moduleVersion, p.completedAt) from ModuleProgressEntity p where p.personId in :people")
    List<ProgressRow> findProgress(@Param("people") Collection<Long> people);

    @Query("select distinct p.personId from ModuleProgressEntity p where p.updatedAt > :since")
    List<Long> findPeopleWithProgressSince(@Param("since") Instant since);

    @Query("select distinct e.personId from EnrolmentEntity e where e.enrolledAt > :since")
    List<Long> findPeopleEnrolledSince(@Param("since") Instant since);

    @Query("select distinct p.moduleKey from ModuleProgressEntity p where p.updatedAt > :since")
    List<String> findModulesWithProgressSince(@Param("since") Instant since);

    /** Per module and version: people with a progress row, and how many of them completed it. */
    @Query("select p.moduleKey, p.moduleVersion, count(p), count(p.completedAt) from ModuleProgressEntity p"
            + " where p.moduleKey in :modules group by p.moduleKey, p.moduleVersion")
    List<Object[]> countByModule(@Param("modules") Collection<String> modules);

    record EnrolmentRow(long personId, String roleKey, app.stepwise.course.EnrolmentPurpose purpose,
                        java.time.LocalDate dueDate, Instant enrolledAt) {
    }

    record ProgressRow(long personId, String moduleKey, int moduleVersion, Instant completedAt) {
    }
}
