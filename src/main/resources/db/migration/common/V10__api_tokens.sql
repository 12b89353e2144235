-- Personal API tokens for the search API (intranet and chat integrations). Only a SHA-256 hash of the
-- token is kept; the prefix lets people tell their tokens apart. Revoked tokens stay for the record.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    last_used_at TIMESTAMP(6),
    revoked_at   TIMESTAMP(6),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);

CREATE INDEX ix_api_token_person ON api_token (person_id);

ALTER TABLE api_token
    ADD CONSTRAINT fk_api_token_person FOREIGN KEY (person_id) REFERENCES person (id);
