--liquibase formatted sql

--changeset lantern:019-story-text-retention
-- The words of stories that will never be published, and the text that editors' edits removed, are
-- kept only for lantern.retention.story-text (30 days by default), or until the author's account is
-- erased, whichever comes first.
--   story.text_deleted_at          when the title, summary, body, editor's note and address (slug) of a
--                                  withdrawn or not-accepted story were deleted; NULL while they are kept
--   story_decision.changed_fields  the names of the fields a decision changed; kept for good, while
--                                  story_decision.changes (each field's text before and after) is emptied
--                                  to '{}' when the period ends
ALTER TABLE story ADD COLUMN text_deleted_at timestamptz;
ALTER TABLE story_decision ADD COLUMN changed_fields text[] NOT NULL DEFAULT '{}';
UPDATE story_decision SET changed_fields = ARRAY(SELECT jsonb_object_keys(changes) ORDER BY 1)
 WHERE changes <> '{}'::jsonb;
-- the daily purge looks only at rows that still hold text
CREATE INDEX story_text_kept_idx ON story (status, changed_at) WHERE text_deleted_at IS NULL AND status IN ('withdrawn', 'rejected');
CREATE INDEX story_decision_text_kept_idx ON story_decision (decided_at) WHERE changes <> '{}'::jsonb;
--rollback DROP INDEX story_decision_text_kept_idx; DROP INDEX story_text_kept_idx; ALTER TABLE story_decision DROP COLUMN changed_fields; ALTER TABLE story DROP COLUMN text_deleted_at;
