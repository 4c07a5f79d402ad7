--liquibase formatted sql

--changeset lantern:026-analysis-plan splitStatements:false
-- A programme's pre-registered analysis plan: the primary outcome (one theme, compared between the
-- first wave and after_wave with one test), its alpha and the smallest change that would matter.
-- Editable until locked; it can be saved or locked only before the programme's first follow-up
-- wave opens (the service checks the date). Once locked it never changes (trigger below): the
-- report leads with this outcome and calls every other figure exploratory.
CREATE TABLE analysis_plan (
    programme_id     bigint           PRIMARY KEY REFERENCES programme (id),
    after_wave_id    bigint           NOT NULL REFERENCES wave (id),
    primary_theme    text             NOT NULL,
    test             text             NOT NULL CHECK (test IN ('paired-t', 'wilcoxon')),
    alpha            double precision NOT NULL CHECK (alpha >= 0.001 AND alpha <= 0.2),
    min_change       double precision NOT NULL CHECK (min_change > 0),
    rationale        text,
    saved_at         timestamptz      NOT NULL,
    saved_by         bigint           REFERENCES account (id) ON DELETE SET NULL,
    locked_at        timestamptz,
    locked_by        bigint           REFERENCES account (id) ON DELETE SET NULL,
    -- the role the plan was locked in (evaluator or admin): the report names the role, not the person
    locked_by_role   text,
    CONSTRAINT analysis_plan_lock_complete CHECK ((locked_at IS NULL) = (locked_by_role IS NULL))
);

CREATE FUNCTION analysis_plan_locked_is_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.locked_at IS NOT NULL THEN
        -- an account being erased may still be cut loose from the plan it locked or saved
        IF TG_OP = 'UPDATE' AND (NEW.programme_id, NEW.after_wave_id, NEW.primary_theme, NEW.test, NEW.alpha,
                NEW.min_change, NEW.rationale, NEW.saved_at, NEW.locked_at, NEW.locked_by_role)
                IS NOT DISTINCT FROM (OLD.programme_id, OLD.after_wave_id, OLD.primary_theme, OLD.test, OLD.alpha,
                OLD.min_change, OLD.rationale, OLD.saved_at, OLD.locked_at, OLD.locked_by_role) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'A locked analysis plan cannot be changed or deleted.';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER analysis_plan_locked BEFORE UPDATE OR DELETE ON analysis_plan
    FOR EACH ROW EXECUTE FUNCTION analysis_plan_locked_is_permanent();
