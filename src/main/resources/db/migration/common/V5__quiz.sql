-- Quiz attempts: one row per person x module version x attempt number. Answers are autosaved while the
-- attempt is in progress; submission flips the state once (guarded by state and version).
CREATE TABLE quiz_attempt (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT       NOT NULL,
    module_key     VARCHAR(120) NOT NULL,
    module_version INT          NOT NULL,
    attempt_no     INT          NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    option_order   MEDIUMTEXT   NOT NULL,
    answers        MEDIUMTEXT   NOT NULL,
    score_percent  DOUBLE,
    passed         BOOLEAN,
    pass_mark      INT          NOT NULL,
    started_at     TIMESTAMP(6) NOT NULL,
    saved_at       TIMESTAMP(6) NOT NULL,
    submitted_at   TIMESTAMP(6),
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_quiz_attempt UNIQUE (person_id, module_key, module_version, attempt_no),
    CONSTRAINT fk_quiz_attempt_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_quiz_attempt_module ON quiz_attempt (module_key, module_version, state);

-- One row per question of a submitted attempt, for item statistics.
CREATE TABLE quiz_response (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id     BIGINT       NOT NULL,
    module_key     VARCHAR(120) NOT NULL,
    module_version INT          NOT NULL,
    question_key   VARCHAR(200) NOT NULL,
    credit         DOUBLE       NOT NULL,
    correct        BOOLEAN      NOT NULL,
    response       VARCHAR(500) NOT NULL,
    CONSTRAINT uk_quiz_response UNIQUE (attempt_id, question_key),
    CONSTRAINT fk_quiz_response_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
);
CREATE INDEX ix_quiz_response_module ON quiz_response (module_key, module_version, question_key);
