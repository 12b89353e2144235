-- What people are told in the app (behind the bell). One row per notice; read_at stays null until read.
CREATE TABLE notification (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT        NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    detail     VARCHAR(2000) NOT NULL,
    link       VARCHAR(500)  NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    read_at    TIMESTAMP(6)
);

-- The unread count and the person's list both start from person_id. The index exists before the
-- foreign key, so MariaDB/MySQL reuse it instead of adding a second one on person_id alone.
CREATE INDEX ix_notification_person_read ON notification (person_id, read_at);

ALTER TABLE notification
    ADD CONSTRAINT fk_notification_person FOREIGN KEY (person_id) REFERENCES person (id);
