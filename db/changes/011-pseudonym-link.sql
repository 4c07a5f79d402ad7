--liquibase formatted sql

--changeset lantern:011-pseudonym-link
-- The link from an account to its survey pseudonym is no longer stored in plain form. A participant
-- answering in Lantern carries link = HMAC-SHA256(key, "lantern participant link v1" || programme id ||
-- account id), computed by org.lantern.surveys.PseudonymKey with a key kept outside the database and
-- its backups. Without the key a copy of the database cannot tell whose answers are whose. NULL for
-- participants imported from paper, after an account's erasure and once a programme is archived.
ALTER TABLE participant ADD COLUMN link bytea;
ALTER TABLE participant ADD CONSTRAINT participant_link_length CHECK (link IS NULL OR length(link) = 32);
-- one participant per person per programme, which is what refuses a second submission
ALTER TABLE participant ADD CONSTRAINT participant_programme_link_key UNIQUE (programme_id, link);
-- when someone first opened a survey helps tie a code to a person, and nothing needs it
ALTER TABLE participant DROP COLUMN created_at;

-- HMAC(key, "lantern key fingerprint v1"): lets Lantern notice at start that it was given a different
-- key from the one the links were made with (a lost or swapped pseudonym.key, instances with different
-- keys). It reveals nothing about the key. One row at most.
CREATE TABLE pseudonym_key_fingerprint (
    only_row     boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    fingerprint  bytea   NOT NULL CHECK (length(fingerprint) = 32)
);

-- Exact times of answering help re-identify people (who was on shift, who logged in when), so the
-- dates kept with answers are days only. The column names stay for the code that reads them.
ALTER TABLE response ALTER COLUMN started_at DROP DEFAULT;
ALTER TABLE response ALTER COLUMN started_at TYPE date USING started_at::date;
ALTER TABLE response ALTER COLUMN started_at SET DEFAULT current_date;
ALTER TABLE response ALTER COLUMN updated_at DROP DEFAULT;
ALTER TABLE response ALTER COLUMN updated_at TYPE date USING updated_at::date;
ALTER TABLE response ALTER COLUMN updated_at SET DEFAULT current_date;
ALTER TABLE response ALTER COLUMN submitted_at TYPE date USING submitted_at::date;

-- Every CSV import is recorded: who imported (the name stays if the account goes), when, how many.
CREATE TABLE survey_import (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id      bigint NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    imported_by       bigint REFERENCES account (id) ON DELETE SET NULL,
    imported_by_name  text   NOT NULL,
    imported_on       date   NOT NULL,
    responses         int    NOT NULL CHECK (responses >= 0)
);
CREATE INDEX survey_import_programme_idx ON survey_import (programme_id);
ALTER TABLE response ADD COLUMN import_id bigint REFERENCES survey_import (id) ON DELETE CASCADE;
CREATE INDEX response_import_idx ON response (import_id) WHERE import_id IS NOT NULL;

-- Responses imported before imports were recorded: one record per programme, by an unknown person.
INSERT INTO survey_import (programme_id, imported_by_name, imported_on, responses)
SELECT p.programme_id, 'not recorded (imported before Lantern recorded imports)', min(r.submitted_at), count(*)
FROM response r JOIN participant p ON p.id = r.participant_id
WHERE r.source = 'import'
GROUP BY p.programme_id;
UPDATE response r SET import_id = i.id
FROM participant p, survey_import i
WHERE p.id = r.participant_id AND i.programme_id = p.programme_id AND r.source = 'import';
ALTER TABLE response ADD CONSTRAINT response_import_recorded CHECK ((source = 'import') = (import_id IS NOT NULL));

-- A response that is part of a released evaluation report is frozen (see the triggers below).
ALTER TABLE response ADD COLUMN released boolean NOT NULL DEFAULT false;
ALTER TABLE response ADD CONSTRAINT response_released_submitted CHECK (NOT released OR status = 'submitted');

-- An archived programme has finished: its links and drafts are gone and staff no longer see it.
ALTER TABLE programme ADD COLUMN archived_on date;

--changeset lantern:011-released-responses-frozen splitStatements:false
-- Released responses and their answers can never change. The only way they go is with their whole
-- programme (a cascade in which the programme row is already gone). A restore from a backup (which
-- sets lantern.restoring for its own transaction) writes them back as they were.
CREATE FUNCTION response_released_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('lantern.restoring', true) = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF OLD.released THEN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM programme g WHERE g.id IN (
                SELECT w.programme_id FROM wave w WHERE w.id = OLD.wave_id
                UNION ALL
                SELECT p.programme_id FROM participant p WHERE p.id = OLD.participant_id)) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'Response % is part of a released report and cannot be changed (%)', OLD.id, TG_OP
            USING ERRCODE = 'restrict_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER response_released_frozen BEFORE UPDATE OR DELETE ON response
    FOR EACH ROW EXECUTE FUNCTION response_released_frozen();

-- Answers are checked once per statement (a CSV import writes a million answers with one COPY), each
-- response once: it adds about 5% to inserting a million answers.
CREATE FUNCTION answer_released_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    frozen bigint;
BEGIN
    IF current_setting('lantern.restoring', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT r.id INTO frozen FROM response r
        WHERE r.released AND r.id IN (SELECT DISTINCT a.response_id FROM new_answers a) LIMIT 1;
    END IF;
    IF frozen IS NULL AND TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT r.id INTO frozen FROM response r
        WHERE r.released AND r.id IN (SELECT DISTINCT a.response_id FROM old_answers a) LIMIT 1;
    END IF;
    IF frozen IS NOT NULL THEN
        RAISE EXCEPTION 'The answers of response % are part of a released report and cannot be changed (%)', frozen, TG_OP
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER answer_released_frozen_insert AFTER INSERT ON answer REFERENCING NEW TABLE AS new_answers
    FOR EACH STATEMENT EXECUTE FUNCTION answer_released_frozen();
CREATE TRIGGER answer_released_frozen_update AFTER UPDATE ON answer REFERENCING OLD TABLE AS old_answers NEW TABLE AS new_answers
    FOR EACH STATEMENT EXECUTE FUNCTION answer_released_frozen();
CREATE TRIGGER answer_released_frozen_delete AFTER DELETE ON answer REFERENCING OLD TABLE AS old_answers
    FOR EACH STATEMENT EXECUTE FUNCTION answer_released_frozen();

--changeset lantern:011-drop-plain-participant-link
--preconditions onFail:CONTINUE onError:HALT
--precondition-sql-check expectedResult:0 SELECT count(*) FROM participant_link
-- The plain link table goes once it is empty. On a database that has links, Lantern first turns each
-- into a keyed link at start (org.lantern.surveys.PlainLinkMigration, which needs the key Liquibase
-- does not have) and empties the table; until then this changeset is skipped, and it runs when
-- Lantern runs the changelog again straight after that conversion.
DROP TABLE participant_link;
