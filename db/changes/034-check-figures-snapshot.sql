--liquibase formatted sql

--changeset lantern:034-check-figures-snapshot
-- The figures shown for a module's knowledge-check questions are kept as they were worked out when the batch last
-- moved on (JSON: people, questions, option shares, flags), and shown from here until at least 5 more people have made
-- a first attempt. Worked out again from the attempts up to last_attempt_id, they would change by exactly one person
-- when an account and its attempts are erased, and an editor comparing before and after could work out that
-- person's answers. Rows from before this change have none: the next look stores the figures of their batch.
ALTER TABLE check_figures_batch ADD COLUMN figures jsonb;
