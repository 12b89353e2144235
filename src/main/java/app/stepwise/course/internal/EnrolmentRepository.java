package app.stepwise.course.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<EnrolmentEntity, Long> {
    List<EnrolmentEntity> findByPersonIdOrderByEnrolledAt(long personId);

    boolean existsByPersonIdAndRoleKey(long personId, String roleKey);

    List<EnrolmentEntity> findTop200ByOrderByEnrolledAtDesc();

    /** Enrolments due by the day (the daily reminders), oldest due first. */
    List<EnrolmentEntity> findByDueDateLessThanEqualOrderByDueDate(java.time.LocalDate day);
}
