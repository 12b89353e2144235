-- Spring Modulith's event publication registry (transactional outbox), schema v2 for MySQL/MariaDB.
-- Upper-case name: MySQL/MariaDB table names are case-sensitive on Linux and Modulith queries EVENT_PUBLICATION.
-- DATETIME rather than TIMESTAMP: no implicit ON UPDATE, no 2038 limit.
CREATE TABLE EVENT_PUBLICATION (
    id                     VARCHAR(36)   NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6)   NULL,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX event_publication_by_completion_date_idx (completion_date)
);
