-- Learners flag a step of a module as unclear, outdated or not working like this; the module's owner and
-- trainers work the flags as an improvement queue. The step's text and the flagger's name are snapshots,
-- so the queue still reads well after the step or the person changes.
CREATE TABLE step_flag (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT        NOT NULL,
    flagged_by_name VARCHAR(200)  NOT NULL,
    module_key      VARCHAR(120)  NOT NULL,
    module_version  INT           NOT NULL,
    step_anchor     VARCHAR(120)  NOT NULL,
    step_number     INT           NOT NULL,
    step_text       VARCHAR(500)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    comment         VARCHAR(2000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    resolution_note VARCHAR(2000),
    handled_by      VARCHAR(254),
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_step_flag_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE INDEX ix_step_flag_queue ON step_flag (module_key, status, created_at);
CREATE INDEX ix_step_flag_person ON step_flag (person_id, created_at);
