-- Extra quiz attempts granted to one person for one module by a trainer, an admin or the person's manager, with the
-- reason. A grant raises the person's attempt limit for the module's quiz and ends a running cooldown; grants made
-- before the person's latest pass of the quiz no longer count (a pass starts a fresh count). Also in the audit log.
CREATE TABLE quiz_attempt_grant (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT        NOT NULL,
    module_key     VARCHAR(120)  NOT NULL,
    extra_attempts INT           NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    granted_by     VARCHAR(320)  NOT NULL,
    granted_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_quiz_attempt_grant_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE INDEX ix_quiz_attempt_grant_person_module ON quiz_attempt_grant (person_id, module_key);
