package app.stepwise.quiz.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How one question of a submitted attempt was answered, kept for item statistics. */
@Entity
@Table(name = "quiz_response")
public class QuizResponseEntity {
    public static final int MAX_RESPONSE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "module_key", nullable = false, length = 120)
    private String moduleKey;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "question_key", nullable = false, length = 200)
    private String questionKey;

    @Column(nullable = false)
    private double credit;

    @Column(nullable = false)
    private boolean correct;

    /** What was answered, as a trainer reads it (option texts, or the typed answer normalised). */
    @Column(nullable = false, length = MAX_RESPONSE)
    private String response;

    protected QuizResponseEntity() {
    }

    public QuizResponseEntity(QuizAttemptEntity attempt, String questionKey, double credit, boolean correct, String response) {
        this.attemptId = attempt.getId();
        this.moduleKey = attempt.getModuleKey();
        this.moduleVersion = attempt.getModuleVersion();
        this.questionKey = questionKey;
        this.credit = credit;
        this.correct = correct;
        this.response = response.length() > MAX_RESPONSE ? response.substring(0, MAX_RESPONSE - 1) + "…" : response;
    }
}
