-- Certifications: one row per person x role, the person's current certification for that role. A renewal or
-- a re-grant after a lapse updates the row (and keeps its verification code, so a printed certificate stays
-- checkable); the history of grants, lapses, refreshers and revocations is in the audit log.
CREATE TABLE certification (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id         BIGINT        NOT NULL,
    role_key          VARCHAR(120)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    granted_at        TIMESTAMP(6)  NOT NULL,
    valid_until       TIMESTAMP(6)  NOT NULL,
    verification_code VARCHAR(40)   NOT NULL,
    lapsed_at         TIMESTAMP(6),
    lapse_reason      VARCHAR(200),
    revoked_at        TIMESTAMP(6),
    revoked_by        VARCHAR(320),
    revoked_reason    VARCHAR(1000),
    reminded_at       TIMESTAMP(6),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_certification_person_role UNIQUE (person_id, role_key),
    CONSTRAINT uk_certification_code UNIQUE (verification_code)
);

ALTER TABLE certification
    ADD CONSTRAINT fk_certification_person FOREIGN KEY (person_id) REFERENCES person (id);

-- The daily check looks for certifications by status and expiry.
CREATE INDEX ix_certification_status_valid ON certification (status, valid_until);

-- The module versions a certification rests on.
CREATE TABLE certification_module (
    certification_id BIGINT       NOT NULL,
    module_key       VARCHAR(120) NOT NULL,
    module_version   INT          NOT NULL,
    PRIMARY KEY (certification_id, module_key),
    CONSTRAINT fk_certification_module FOREIGN KEY (certification_id) REFERENCES certification (id)
);

CREATE INDEX ix_certification_module_key ON certification_module (module_key, module_version);

-- A required module changed materially after a person was certified on an older version: they redo that
-- module by due_at (the role's grace period) or the certification lapses until they do.
CREATE TABLE refresher (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    role_key     VARCHAR(120) NOT NULL,
    module_key   VARCHAR(120) NOT NULL,
    from_version INT          NOT NULL,
    to_version   INT          NOT NULL,
    due_at       TIMESTAMP(6) NOT NULL,
    done_at      TIMESTAMP(6),
    created_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_refresher UNIQUE (person_id, module_key, to_version)
);

ALTER TABLE refresher
    ADD CONSTRAINT fk_refresher_person FOREIGN KEY (person_id) REFERENCES person (id);

CREATE INDEX ix_refresher_due ON refresher (done_at, due_at);
