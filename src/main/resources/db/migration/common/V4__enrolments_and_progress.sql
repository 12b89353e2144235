-- Who is enrolled in which role path, and how far each person got with each module version.
CREATE TABLE enrolment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT       NOT NULL,
    role_key    VARCHAR(120) NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    due_date    DATE,
    assigned_by VARCHAR(254) NOT NULL,
    enrolled_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_enrolment_person_role UNIQUE (person_id, role_key),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE module_progress (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT        NOT NULL,
    module_key     VARCHAR(120)  NOT NULL,
    module_version INT           NOT NULL,
    steps_ticked   VARCHAR(4000),
    read_at        TIMESTAMP(6),
    updated_at     TIMESTAMP(6)  NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_module_progress UNIQUE (person_id, module_key, module_version),
    CONSTRAINT fk_module_progress_person FOREIGN KEY (person_id) REFERENCES person (id)
);
