--liquibase formatted sql

--changeset lantern:014-self-review-team-size
-- How many staff the team had when a review was finalised (enabled accounts with the staff role
-- who do not manage the team). Evaluators see a team's ratings only when this reaches
-- lantern.reports.min-group-size. Reviews finalised before this change get the team's staff count
-- at the time of the migration: the best that can be known.
ALTER TABLE self_review ADD COLUMN staff_at_finalise int CHECK (staff_at_finalise >= 0);
UPDATE self_review r
   SET staff_at_finalise = (SELECT count(*) FROM team_member m
                              JOIN account a ON a.id = m.account_id AND a.enabled
                              JOIN account_role ar ON ar.account_id = a.id AND ar.role = 'staff'
                             WHERE m.team_id = r.team_id AND NOT m.manager)
 WHERE r.status = 'final';
ALTER TABLE self_review ADD CONSTRAINT self_review_final_has_staff_count
    CHECK (status <> 'final' OR staff_at_finalise IS NOT NULL);
