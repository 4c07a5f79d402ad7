--liquibase formatted sql

--changeset lantern:036-one-release-rule splitStatements:false
-- The rule of 035 ("in which release was this response first included?") was written twice: in SQL for the triggers
-- that freeze released responses (response_is_released) and again in Java for surveys' reads (ReleaseMark). It is now
-- written once, here, and both use it: the triggers ask whether it is null, the reads select it.
-- marked: the response's own mark (response.released_in, set for late responses by the release that includes them);
-- wave_first: the wave's first release (wave.released_in). A response submitted to the wave and not late is part of
-- the wave's first release. No sub-select, so PostgreSQL inlines it into the queries that use it.
CREATE FUNCTION response_first_release(marked bigint, late boolean, status text, wave_first bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(marked, CASE WHEN status = 'submitted' AND NOT late THEN wave_first END)
$$;

CREATE OR REPLACE FUNCTION response_released_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF lantern_owner_restoring() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF response_first_release(OLD.released_in, OLD.late, OLD.status,
            (SELECT w.released_in FROM wave w WHERE w.id = OLD.wave_id)) IS NOT NULL THEN
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

CREATE OR REPLACE FUNCTION answer_released_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    frozen bigint;
BEGIN
    IF lantern_owner_restoring() THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT r.id INTO frozen FROM response r JOIN wave w ON w.id = r.wave_id
        WHERE r.id IN (SELECT DISTINCT a.response_id FROM new_answers a)
          AND response_first_release(r.released_in, r.late, r.status, w.released_in) IS NOT NULL LIMIT 1;
    END IF;
    IF frozen IS NULL AND TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT r.id INTO frozen FROM response r JOIN wave w ON w.id = r.wave_id
        WHERE r.id IN (SELECT DISTINCT a.response_id FROM old_answers a)
          AND response_first_release(r.released_in, r.late, r.status, w.released_in) IS NOT NULL LIMIT 1;
    END IF;
    IF frozen IS NOT NULL THEN
        RAISE EXCEPTION 'The answers of response % are part of a released report and cannot be changed (%)', frozen, TG_OP
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NULL;
END
$$;

DROP FUNCTION response_is_released(boolean, boolean, text, bigint);
