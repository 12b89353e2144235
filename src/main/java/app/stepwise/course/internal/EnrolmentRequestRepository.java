package app.stepwise.course.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRequestRepository extends JpaRepository<EnrolmentRequestEntity, Long> {
    Optional<EnrolmentRequestEntity> findByPersonIdAndRoleKey(long personId, String roleKey);

    List<EnrolmentRequestEntity> findByPersonId(long personId);

    List<EnrolmentRequestEntity> findByStatusOrderByRequestedAt(EnrolmentRequestEntity.Status status);

    List<EnrolmentRequestEntity> findByStatusAndPersonIdInOrderByRequestedAt(EnrolmentRequestEntity.Status status,
                                                                            Collection<Long> personIds);
}
