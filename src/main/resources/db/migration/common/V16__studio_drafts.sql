-- The trainer studio's drafts: one shared draft per module key (new or published), autosaved while a
-- trainer types. base_version is the published version the draft started from (0 for a new module), so
-- publishing over someone else's newer version is refused; version is the optimistic lock that refuses
-- the second of two trainers saving the same draft. The approval_ columns hold a request for a second trainer
-- to approve and publish the draft as it is (stepwise.studio.require-approval); any later save clears them.
CREATE TABLE studio_draft (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_key   VARCHAR(120) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    base_version INT          NOT NULL,
    source       MEDIUMTEXT   NOT NULL,
    created_by   VARCHAR(254) NOT NULL,
    updated_by   VARCHAR(254) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    version      BIGINT       NOT NULL,
    approval_requested_by    VARCHAR(254),
    approval_requested_name  VARCHAR(200),
    approval_requested_at    TIMESTAMP(6),
    approval_note            VARCHAR(1000),
    approval_change_class    VARCHAR(10),
    CONSTRAINT uk_studio_draft_module UNIQUE (module_key)
);

CREATE INDEX ix_studio_draft_updated ON studio_draft (updated_at);
