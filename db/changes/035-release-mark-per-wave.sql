--liquibase formatted sql

--changeset lantern:035-release-mark-per-wave splitStatements:false
-- Marking a release's responses released rewrote every one of them (300,000 rows and their five index entries at
-- national scale: most of the time of making a release). A wave's first release is now marked on the wave itself:
-- every response submitted to it before then is part of that release. A response submitted to a wave after its first
-- release (a late paper import) is "late": it is marked one by one, as before, by the next release that includes it.
-- Released responses stay exactly as frozen as before (011, 020): the triggers ask the wave as well as the response.
-- report_release already references wave (before_wave_id), so this key closes a circle: it is deferrable, which a
-- restore (base.backup) uses to write waves before releases and check this key at commit.
ALTER TABLE wave ADD COLUMN released_in bigint REFERENCES report_release (id) DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE response ADD COLUMN late boolean NOT NULL DEFAULT false;
ALTER TABLE response ADD CONSTRAINT response_late_submitted CHECK (NOT late OR status = 'submitted');
CREATE INDEX response_late_idx ON response (wave_id) WHERE late AND NOT released;

-- Waves released before this change: their first release; responses first included by a later release, or by none
-- yet, came late. (The frozen-response trigger is made again below.)
DROP TRIGGER response_released_frozen ON response;
UPDATE wave w SET released_in = f.first
FROM (SELECT wave_id, min(released_in) AS first FROM response WHERE released GROUP BY wave_id) f
WHERE f.wave_id = w.id;
UPDATE response r SET late = true
FROM wave w
WHERE w.id = r.wave_id AND w.released_in IS NOT NULL AND r.status = 'submitted'
  AND (r.released_in IS NULL OR r.released_in <> w.released_in);

-- Whether a response is part of a release: marked itself, or submitted to a released wave before its first release.
CREATE FUNCTION response_is_released(released boolean, late boolean, status text, wave bigint) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT released OR (status = 'submitted' AND NOT late
        AND EXISTS (SELECT 1 FROM wave w WHERE w.id = wave AND w.released_in IS NOT NULL))
$$;

-- A response submitted to a wave after its first release is late. (A release takes the programme's lock, and a
-- submission or import takes it too, so none commits between a release reading a wave and marking it.)
CREATE FUNCTION response_late() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF lantern_owner_restoring() THEN
        RETURN NEW;
    END IF;
    IF NEW.status = 'submitted' AND (TG_OP = 'INSERT' OR OLD.status <> 'submitted') THEN
        NEW.late := EXISTS (SELECT 1 FROM wave w WHERE w.id = NEW.wave_id AND w.released_in IS NOT NULL);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER response_late BEFORE INSERT OR UPDATE OF status ON response
    FOR EACH ROW WHEN (NEW.status = 'submitted') EXECUTE FUNCTION response_late();

CREATE OR REPLACE FUNCTION response_released_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF lantern_owner_restoring() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF response_is_released(OLD.released, OLD.late, OLD.status, OLD.wave_id) THEN
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
    FOR EACH ROW WHEN (OLD.released OR (OLD.status = 'submitted' AND NOT OLD.late))
    EXECUTE FUNCTION response_released_frozen();

CREATE OR REPLACE FUNCTION answer_released_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    frozen bigint;
BEGIN
    IF lantern_owner_restoring() THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT r.id INTO frozen FROM response r
        WHERE r.id IN (SELECT DISTINCT a.response_id FROM new_answers a)
          AND response_is_released(r.released, r.late, r.status, r.wave_id) LIMIT 1;
    END IF;
    IF frozen IS NULL AND TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT r.id INTO frozen FROM response r
        WHERE r.id IN (SELECT DISTINCT a.response_id FROM old_answers a)
          AND response_is_released(r.released, r.late, r.status, r.wave_id) LIMIT 1;
    END IF;
    IF frozen IS NOT NULL THEN
        RAISE EXCEPTION 'The answers of response % are part of a released report and cannot be changed (%)', frozen, TG_OP
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NULL;
END
$$;

-- A wave's first release never changes.
CREATE FUNCTION wave_release_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF lantern_owner_restoring() THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Wave % was first released in release % and that cannot be changed', OLD.id, OLD.released_in
        USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER wave_release_permanent BEFORE UPDATE OF released_in ON wave
    FOR EACH ROW WHEN (OLD.released_in IS NOT NULL AND NEW.released_in IS DISTINCT FROM OLD.released_in)
    EXECUTE FUNCTION wave_release_permanent();
