--liquibase formatted sql

--changeset lantern:015-random-survey-ids splitStatements:false
-- Participants and responses are numbered at random, not in the order people started answering:
-- numbers in that order, next to the audit trail's sign-in times, could tell who answered which.
-- (Rows made before this change keep their numbers.)
CREATE FUNCTION random_survey_id() RETURNS bigint LANGUAGE sql VOLATILE AS $$
    SELECT ('x' || md5(gen_random_uuid()::text))::bit(62)::bigint + 1
$$;
ALTER TABLE participant ALTER COLUMN id DROP IDENTITY;
ALTER TABLE participant ALTER COLUMN id SET DEFAULT random_survey_id();
ALTER TABLE response ALTER COLUMN id DROP IDENTITY;
ALTER TABLE response ALTER COLUMN id SET DEFAULT random_survey_id();

-- The release that first included a response: a release's responses are those of its waves that a
-- release up to and including it included, so every release can be checked against later ones.
ALTER TABLE response ADD COLUMN released_in bigint REFERENCES report_release (id);
ALTER TABLE response ADD CONSTRAINT response_released_in CHECK ((released_in IS NULL) = NOT released);
