-- A due date can be relative to the person's start date ("within 30 days of starting"): the rule is kept beside
-- the date it resolved to, so lists can say why the date is what it is.
ALTER TABLE enrolment ADD COLUMN due_days_after_start INT;

-- Employees ask to follow a promotion path; their manager (or an admin) approves or declines. One row per person
-- and role: asking again after a decline reopens it.
CREATE TABLE enrolment_request (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT        NOT NULL,
    role_key     VARCHAR(120)  NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    requested_at TIMESTAMP(6)  NOT NULL,
    decided_by   VARCHAR(254),
    decided_at   TIMESTAMP(6),
    reason       VARCHAR(1000),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_enrolment_request UNIQUE (person_id, role_key),
    CONSTRAINT fk_enrolment_request_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE INDEX ix_enrolment_request_status ON enrolment_request (status, requested_at);
