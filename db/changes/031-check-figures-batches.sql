--liquibase formatted sql

--changeset lantern:031-check-figures-batches
-- Editors' knowledge-check question figures change only in batches. The figures shown for a module are worked out
-- from the first attempts up to last_attempt_id, and move on only once at least 5 more people have made a first
-- attempt, so that an editor who looks before and after one named colleague's attempt cannot work out that
-- person's answers from the difference.
CREATE TABLE check_figures_batch (
    module_key      text        PRIMARY KEY,
    last_attempt_id bigint      NOT NULL,
    people          int         NOT NULL CHECK (people >= 0),
    updated_at      timestamptz NOT NULL
);
