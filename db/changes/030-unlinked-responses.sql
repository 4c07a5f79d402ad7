--liquibase formatted sql

--changeset lantern:030-unlinked-responses
-- Unlinked responses: paper forms imported without a participant code (for example anonymous forms).
-- Each such response gets a participant of its own with no code (code IS NULL) and no keyed link, so it
-- can never be paired with another wave: evaluation reports keep them out of every paired and per-wave
-- figure and show them only in the independent-samples comparison, labelled as weaker evidence.
ALTER TABLE participant ALTER COLUMN code DROP NOT NULL;
ALTER TABLE participant ADD CONSTRAINT participant_unlinked_has_no_link CHECK (code IS NOT NULL OR link IS NULL);

-- An import records how many of its responses had no code, and a SHA-256 of those rows (team, wave and
-- answers, in file order), so that importing the same forms again cannot double them: rows without a code
-- cannot be told apart by anything else. Null when the import had none.
ALTER TABLE survey_import ADD COLUMN unlinked int NOT NULL DEFAULT 0 CHECK (unlinked >= 0);
ALTER TABLE survey_import ADD COLUMN unlinked_sha256 text CHECK (unlinked_sha256 IS NULL OR length(unlinked_sha256) = 64);
CREATE UNIQUE INDEX survey_import_unlinked_once ON survey_import (programme_id, unlinked_sha256) WHERE unlinked_sha256 IS NOT NULL;
