-- After a certification's validity ends, the person renews it by passing the quiz of each required module again
-- (at its current version). One row per module to pass; passed_at is set as they pass. Modules without a quiz
-- have nothing to re-assess and get no row.
CREATE TABLE renewal_module (
    certification_id BIGINT       NOT NULL,
    module_key       VARCHAR(120) NOT NULL,
    opened_at        TIMESTAMP(6) NOT NULL,
    passed_at        TIMESTAMP(6),
    PRIMARY KEY (certification_id, module_key),
    CONSTRAINT fk_renewal_certification FOREIGN KEY (certification_id) REFERENCES certification (id)
);
