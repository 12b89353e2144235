-- A module is complete for a person when its current version was read, its quiz passed and its practice
-- approved; the row is per module version, so the completion records the version it rests on.
ALTER TABLE module_progress ADD COLUMN completed_at TIMESTAMP(6);
