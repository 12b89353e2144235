-- Practice evidence: one row per attempt at a practice task of one module version. A rejected attempt is
-- followed by a new one, so the history stays. Files live on disk in the evidence directory under a random
-- name (file_storage_name); this table holds their facts. The learner's name and email are copied at
-- submission so the trainers' queue can show and filter them without reaching into the people module.
CREATE TABLE practice_submission (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id         BIGINT        NOT NULL,
    learner_name      VARCHAR(200)  NOT NULL,
    learner_email     VARCHAR(254)  NOT NULL,
    module_key        VARCHAR(120)  NOT NULL,
    module_version    INT           NOT NULL,
    task_number       INT           NOT NULL,
    attempt_no        INT           NOT NULL,
    evidence_kind     VARCHAR(10)   NOT NULL,
    text_evidence     MEDIUMTEXT,
    link_evidence     VARCHAR(2000),
    file_name         VARCHAR(255),
    file_content_type VARCHAR(100),
    file_size_bytes   BIGINT,
    file_sha256       VARCHAR(64),
    file_storage_name VARCHAR(64),
    status            VARCHAR(10)   NOT NULL,
    reviewer          VARCHAR(254),
    review_comment    VARCHAR(2000),
    submitted_at      TIMESTAMP(6)  NOT NULL,
    reviewed_at       TIMESTAMP(6),
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_practice_submission_attempt UNIQUE (person_id, module_key, module_version, task_number, attempt_no),
    CONSTRAINT fk_practice_submission_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- The review queue: waiting submissions, oldest first, optionally of some modules.
CREATE INDEX ix_practice_submission_queue ON practice_submission (status, submitted_at);
CREATE INDEX ix_practice_submission_module_queue ON practice_submission (module_key, status, submitted_at);
