--liquibase formatted sql

--changeset lantern:013-session-feedback-window
-- Session feedback has a window: from the session's start until feedback_closes_at, fixed when the
-- session is planned (its end plus lantern.sessions.feedback-days), so the date attendees are told
-- never moves. Sessions planned before this change get the default of 7 days.
ALTER TABLE reflective_session ADD COLUMN feedback_closes_at timestamptz;
UPDATE reflective_session
   SET feedback_closes_at = starts_at + make_interval(mins => duration_minutes) + interval '7 days';
ALTER TABLE reflective_session ALTER COLUMN feedback_closes_at SET NOT NULL;

-- What the team's managers see of a session's feedback: one snapshot, taken once after the window
-- closed and never recomputed, holding only what may be shown (NULL where a figure is withheld).
-- There is never a live count.
--   responses       NULL when fewer than min_group_size people answered (then nothing else is kept)
--   rating_counts   people per rating 1..5; NULL when everyone gave the same rating
--   takeaways       in random order, without names; NULL when fewer than min_group_size wrote one
CREATE TABLE session_feedback_summary (
    session_id      bigint      PRIMARY KEY REFERENCES reflective_session (id) ON DELETE CASCADE,
    frozen_at       timestamptz NOT NULL DEFAULT now(),
    min_group_size  int         NOT NULL CHECK (min_group_size >= 2),
    responses       int         CHECK (responses >= min_group_size),
    rating_counts   int[]       CHECK (rating_counts IS NULL OR cardinality(rating_counts) = 5),
    takeaways       text[],
    CONSTRAINT session_feedback_summary_nothing_when_too_few
        CHECK (responses IS NOT NULL OR (rating_counts IS NULL AND takeaways IS NULL))
);
