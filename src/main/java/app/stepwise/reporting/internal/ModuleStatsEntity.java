package app.stepwise.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Counts for the current version of one module, kept by {@link ModuleStatistics} with plain JDBC. */
@Entity
@Immutable
@Table(name = "module_stats")
public class ModuleStatsEntity {
    @Id
    @Column(name = "module_key", length = 120)
    private String moduleKey;

    @Column(name = "module_title", nullable = false, length = 300)
    private String title;

    @Column(name = "module_version", nullable = false)
    private int version;

    @Column(name = "has_quiz", nullable = false)
    private boolean hasQuiz;

    @Column(name = "learners_started", nullable = false)
    private long started;

    @Column(name = "learners_completed", nullable = false)
    private long completed;

    @Column(name = "completion_rate", nullable = false)
    private double completionRate;

    @Column(name = "quiz_passers", nullable = false)
    private long quizPassers;

    @Column(name = "attempts_to_pass", nullable = false)
    private double attemptsToPass;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected ModuleStatsEntity() {
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getTitle() {
        return title;
    }

    public int getVersion() {
        return version;
    }

    public boolean isHasQuiz() {
        return hasQuiz;
    }

    public long getStarted() {
        return started;
    }

    public long getCompleted() {
        return completed;
    }

    public double getCompletionRate() {
        return completionRate;
    }

    public long getQuizPassers() {
        return quizPassers;
    }

    /** Average attempt number of the attempt that passed, over the people who passed. */
    public double getAttemptsToPass() {
        return attemptsToPass;
    }
}
