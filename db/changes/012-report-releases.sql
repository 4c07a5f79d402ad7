--liquibase formatted sql

--changeset lantern:012-report-releases splitStatements:false
-- A release: the frozen, versioned figures of one pair of waves of a programme, made by an evaluator
-- after both waves closed. Every page, export and API call for that pair reads a release; nothing is
-- computed from live answers. Releases are never changed or deleted (triggers below), so that what
-- a reader saw can always be audited against what is released next.
CREATE TABLE report_release (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id      bigint      NOT NULL REFERENCES programme (id),
    before_wave_id    bigint      NOT NULL REFERENCES wave (id),
    after_wave_id     bigint      NOT NULL REFERENCES wave (id),
    version           int         NOT NULL,
    released_at       timestamptz NOT NULL,
    released_by       bigint      REFERENCES account (id) ON DELETE SET NULL,
    released_by_name  text        NOT NULL,
    min_group_size    int         NOT NULL,
    -- what it was computed from, in words and counts (JSON): responses per wave, paper imports, ...
    summary           jsonb       NOT NULL,
    -- the figures (gzipped JSON): every group, the learning link and what people wrote
    content           bytea       NOT NULL,
    -- the groups of figures shown, and the questions they were made from, for auditing later releases
    audit             jsonb       NOT NULL,
    -- who was in the learning link's groups at the time, sealed with the pseudonym key
    training          bytea       NOT NULL,
    UNIQUE (programme_id, before_wave_id, after_wave_id, version),
    CONSTRAINT release_version_positive CHECK (version > 0)
);
CREATE INDEX report_release_programme_idx ON report_release (programme_id);

CREATE FUNCTION report_release_is_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Report releases are permanent: they cannot be changed or deleted.';
END
$$;
CREATE TRIGGER report_release_no_update BEFORE UPDATE OR DELETE ON report_release
    FOR EACH ROW EXECUTE FUNCTION report_release_is_permanent();
CREATE TRIGGER report_release_no_truncate BEFORE TRUNCATE ON report_release
    FOR EACH STATEMENT EXECUTE FUNCTION report_release_is_permanent();
