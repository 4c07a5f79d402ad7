--liquibase formatted sql

--changeset lantern:006-reports
-- Evaluation reports pair every submitted response of one wave with the same participant's response
-- to another wave, and read all their answers. These indexes let PostgreSQL do that from indexes
-- alone: submitted responses of a wave in participant order (so the two waves merge-join on
-- participant_id), and each response's answers with their value.
CREATE INDEX response_submitted_idx ON response (wave_id, participant_id) INCLUDE (id) WHERE status = 'submitted';

-- The answer key itself now carries the value, instead of a second index with the same key.
ALTER TABLE answer DROP CONSTRAINT answer_pkey;
ALTER TABLE answer ADD CONSTRAINT answer_pkey PRIMARY KEY (response_id, item_key) INCLUDE (value_number);

-- Knowledge-question and free-text answers (the only ones with text) are read by their question,
-- without scanning the agree/disagree answers.
CREATE INDEX answer_text_idx ON answer (item_key, response_id) WHERE value_text IS NOT NULL;
