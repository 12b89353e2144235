package app.stepwise.quiz.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One attempt at one module version's quiz: the option order each question was shown in, the answers
 * saved so far and, once submitted, the score. Submission happens once (see {@link QuizAttemptRepository#markSubmitted}).
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttemptEntity {
    public enum State { IN_PROGRESS, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "module_key", nullable = false, length = 120)
    private String moduleKey;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.IN_PROGRESS;

    @Column(name = "option_order", nullable = false, length = 1_048_576)
    private String optionOrder;

    @Column(nullable = false, length = 1_048_576)
    private String answers = "{}";

    @Column(name = "score_percent")
    private Double scorePercent;

    private Boolean passed;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected QuizAttemptEntity() {
    }

    public QuizAttemptEntity(long personId, String moduleKey, int moduleVersion, int attemptNo, int passMark,
                             Map<String, List<Integer>> optionOrder, Instant now) {
        this.personId = personId;
        this.moduleKey = moduleKey;
        this.moduleVersion = moduleVersion;
        this.attemptNo = attemptNo;
        this.passMark = passMark;
        this.optionOrder = AnswerCodec.writeOrders(optionOrder);
        this.startedAt = now;
        this.savedAt = now;
    }

    public Map<String, List<Integer>> optionOrder() {
        return AnswerCodec.readOrders(optionOrder);
    }

    public Map<String, GivenAnswer> answers() {
        return AnswerCodec.readAnswers(answers);
    }

    public void saveAnswer(String questionKey, GivenAnswer answer, Instant now) {
        var all = new LinkedHashMap<>(answers());
        if (answer.isEmpty()) {
            all.remove(questionKey);
        } else {
            all.put(questionKey, answer);
        }
        answers = AnswerCodec.writeAnswers(all);
        savedAt = now;
    }

    public boolean isSubmitted() {
        return state == State.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public int getModuleVersion() {
        return moduleVersion;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public Double getScorePercent() {
        return scorePercent;
    }

    public Boolean getPassed() {
        return passed;
    }

    public int getPassMark() {
        return passMark;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
