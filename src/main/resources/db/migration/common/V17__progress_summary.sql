-- Reporting's read model. role_progress: one row per person x role they are enrolled in or certified for, with the
-- counts the team grid and the dashboards aggregate (reading 2 million module_progress rows per dashboard view is
-- too slow) and copies of the facts they filter and sort on. module_stats: per module, its current version's counts.
-- Both are computed from the owning modules' data and can be rebuilt at any time (docs/decisions/0005).
CREATE TABLE role_progress (
    person_id            BIGINT       NOT NULL,
    role_key             VARCHAR(120) NOT NULL,
    person_name          VARCHAR(200) NOT NULL,
    person_email         VARCHAR(254) NOT NULL,
    active               BOOLEAN      NOT NULL,
    role_title           VARCHAR(300) NOT NULL,
    role_fingerprint     VARCHAR(64)  NOT NULL,
    enrolled             BOOLEAN      NOT NULL,
    purpose              VARCHAR(20),
    due_date             DATE,
    required_modules     INT          NOT NULL,
    started_modules      INT          NOT NULL,
    quizzes_passed       INT          NOT NULL,
    completed_modules    INT          NOT NULL,
    percent_complete     INT          NOT NULL,
    certification_status VARCHAR(16),
    valid_until          TIMESTAMP(6),
    refresher_due_at     TIMESTAMP(6),
    computed_at          TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (person_id, role_key)
);

-- "Everyone" (active people) ordered by name without a sort; one role's rows; the rebuild's clean-up.
CREATE INDEX ix_role_progress_name ON role_progress (active, person_name, role_title);
CREATE INDEX ix_role_progress_role ON role_progress (role_key);
CREATE INDEX ix_role_progress_computed ON role_progress (computed_at);

CREATE TABLE module_stats (
    module_key         VARCHAR(120) NOT NULL PRIMARY KEY,
    module_title       VARCHAR(300) NOT NULL,
    module_version     INT          NOT NULL,
    has_quiz           BOOLEAN      NOT NULL,
    learners_started   BIGINT       NOT NULL,
    learners_completed BIGINT       NOT NULL,
    completion_rate    DOUBLE       NOT NULL,
    quiz_passers       BIGINT       NOT NULL,
    attempts_to_pass   DOUBLE       NOT NULL,
    computed_at        TIMESTAMP(6) NOT NULL
);

-- The summary's sweep finds recent progress by time; counting one module's learners reads one index range.
CREATE INDEX ix_module_progress_updated ON module_progress (updated_at);
CREATE INDEX ix_module_progress_module ON module_progress (module_key, module_version, completed_at);
