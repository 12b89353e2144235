-- Process modules with immutable versions, and role definitions. Runs unchanged on H2 and MariaDB/MySQL.
-- A version keeps its whole Markdown source: any two versions can be re-parsed and diffed later
-- (refreshers, the trainer's history view), so no derived diff tables are needed.
CREATE TABLE process_module (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_key       VARCHAR(120) NOT NULL,
    title            VARCHAR(300) NOT NULL,
    owner            VARCHAR(200),
    estimate_minutes INT,
    tags             VARCHAR(1000),
    prerequisites    VARCHAR(2000),
    current_version  INT          NOT NULL,
    source_path      VARCHAR(500) NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_process_module_key UNIQUE (module_key)
);

CREATE TABLE process_module_role (
    module_id BIGINT       NOT NULL,
    role_key  VARCHAR(120) NOT NULL,
    PRIMARY KEY (module_id, role_key),
    CONSTRAINT fk_process_module_role_module FOREIGN KEY (module_id) REFERENCES process_module (id)
);

CREATE INDEX ix_process_module_role_key ON process_module_role (role_key);

CREATE TABLE module_version (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_id              BIGINT        NOT NULL,
    version_no             INT           NOT NULL,
    content_hash           VARCHAR(64)   NOT NULL,
    source                 MEDIUMTEXT    NOT NULL,
    source_path            VARCHAR(500)  NOT NULL,
    title                  VARCHAR(300)  NOT NULL,
    version_note           VARCHAR(1000),
    suggested_change_class VARCHAR(10),
    change_class           VARCHAR(10),
    change_summary         VARCHAR(4000),
    step_count             INT           NOT NULL,
    question_count         INT           NOT NULL,
    practice_count         INT           NOT NULL,
    published_at           TIMESTAMP(6)  NOT NULL,
    published_by           VARCHAR(254)  NOT NULL,
    CONSTRAINT uk_module_version_number UNIQUE (module_id, version_no),
    CONSTRAINT fk_module_version_module FOREIGN KEY (module_id) REFERENCES process_module (id)
);

CREATE TABLE content_role (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    role_key     VARCHAR(120) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    source       MEDIUMTEXT   NOT NULL,
    source_path  VARCHAR(500) NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_content_role_key UNIQUE (role_key)
);

-- Images that process docs reference relatively (e.g. sales/images/flow.png), served to signed-in people.
CREATE TABLE content_asset (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    asset_path   VARCHAR(500) NOT NULL,
    media_type   VARCHAR(50)  NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_content_asset_path UNIQUE (asset_path)
);
