-- People, their authorities, and the append-only audit log. Runs unchanged on H2 and MariaDB/MySQL.
-- TIMESTAMP(6), not DATETIME: H2 knows DATETIME only in compatibility modes. Safe on MariaDB 10.10+ and
-- MySQL 8, where explicit_defaults_for_timestamp is on (no implicit ON UPDATE); times are written in UTC.
CREATE TABLE person (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    email                    VARCHAR(254) NOT NULL,
    full_name                VARCHAR(200) NOT NULL,
    job_title                VARCHAR(200),
    manager_id               BIGINT,
    start_date               DATE,
    active                   BOOLEAN NOT NULL,
    password_hash            VARCHAR(255),
    password_change_required BOOLEAN NOT NULL,
    session_version          INT NOT NULL,
    created_at               TIMESTAMP(6) NOT NULL,
    updated_at               TIMESTAMP(6) NOT NULL,
    version                  BIGINT NOT NULL,
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT fk_person_manager FOREIGN KEY (manager_id) REFERENCES person (id)
);

CREATE INDEX ix_person_manager ON person (manager_id);

CREATE TABLE person_authority (
    person_id BIGINT      NOT NULL,
    authority VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, authority),
    CONSTRAINT fk_person_authority_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE audit_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(6) NOT NULL,
    actor          VARCHAR(254)  NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    subject        VARCHAR(254),
    details        VARCHAR(2000),
    remote_address VARCHAR(64)
);

CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject);
