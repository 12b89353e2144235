-- Roles are versioned like modules: every change to a role (from an import or the in-app role editor) keeps
-- the whole source, who changed it, when, and a one-line summary of what changed in the curriculum.
CREATE TABLE role_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    role_key       VARCHAR(120)  NOT NULL,
    version_no     INT           NOT NULL,
    source         MEDIUMTEXT    NOT NULL,
    content_hash   VARCHAR(64)   NOT NULL,
    change_summary VARCHAR(2000),
    version_note   VARCHAR(1000),
    changed_by     VARCHAR(254)  NOT NULL,
    changed_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_role_version UNIQUE (role_key, version_no)
);

ALTER TABLE content_role ADD COLUMN current_version INT NOT NULL DEFAULT 1;

-- Roles imported before versioning become their own version 1.
INSERT INTO role_version (role_key, version_no, source, content_hash, change_summary, version_note, changed_by, changed_at)
SELECT role_key, 1, source, content_hash, NULL, NULL, 'import', updated_at FROM content_role;
