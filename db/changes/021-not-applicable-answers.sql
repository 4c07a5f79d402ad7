--liquibase formatted sql

--changeset lantern:021-not-applicable-answers
-- A survey item may offer "Not applicable" (content/surveys, `notApplicable: true`). That answer is its
-- own kind of value: neither a number on the scale (which reports would average) nor a missing answer
-- (no row). So an answer is now exactly one of: a number, a text, or "not applicable".
ALTER TABLE answer ADD COLUMN not_applicable boolean NOT NULL DEFAULT false;
ALTER TABLE answer DROP CONSTRAINT answer_has_value;
ALTER TABLE answer ADD CONSTRAINT answer_has_value CHECK (CASE WHEN not_applicable
    THEN value_number IS NULL AND value_text IS NULL
    ELSE value_number IS NOT NULL OR value_text IS NOT NULL END);

-- Reports read these answers by response, apart from the numbers (which come from the primary key).
CREATE INDEX answer_not_applicable_idx ON answer (response_id, item_key) WHERE not_applicable;
