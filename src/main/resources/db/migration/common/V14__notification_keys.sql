-- Reminders carry a key (e.g. "overdue:enrolment:42"): a person gets each key once, however often the daily job runs
-- and on however many nodes. Rows without a key (NULL) are never considered duplicates.
ALTER TABLE notification ADD COLUMN dedupe_key VARCHAR(200);
ALTER TABLE notification ADD COLUMN emailed_at TIMESTAMP(6);
CREATE UNIQUE INDEX uk_notification_dedupe ON notification (person_id, dedupe_key);
