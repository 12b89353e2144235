package app.stepwise.practice.internal;

import app.stepwise.practice.SubmissionStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PracticeSubmissionRepository extends JpaRepository<PracticeSubmissionEntity, Long>,
        JpaSpecificationExecutor<PracticeSubmissionEntity> {

    Optional<PracticeSubmissionEntity> findFirstByPersonIdAndModuleKeyAndModuleVersionAndTaskNumberOrderByAttemptNoDesc(
            long personId, String moduleKey, int moduleVersion, int taskNumber);

    List<PracticeSubmissionEntity> findByPersonIdAndModuleKeyAndModuleVersionOrderByTaskNumberAscAttemptNoDesc(
            long personId, String moduleKey, int moduleVersion);

    List<PracticeSubmissionEntity> findByPersonIdAndModuleKeyAndModuleVersionAndTaskNumberOrderByAttemptNoDesc(
            long personId, String moduleKey, int moduleVersion, int taskNumber);

    /** Every attempt of a person in some modules, reduced to what progress counts: one query for a whole path. */
    List<AttemptStatus> findByPersonIdAndModuleKeyIn(long personId, Collection<String> moduleKeys);

    /** The columns progress needs (Spring Data selects only these). */
    interface AttemptStatus {
        String getModuleKey();

        int getModuleVersion();

        int getTaskNumber();

        int getAttemptNo();

        SubmissionStatus getStatus();
    }
}
