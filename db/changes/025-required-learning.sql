--liquibase formatted sql

--changeset lantern:025-required-learning
-- Completion history: a retake adds a new completion (with its own certificate date) instead of
-- being refused by the old one-row-per-person-and-module key. valid_until is the last day the
-- completion counts when the module has a validFor period (empty: it never expires), fixed when
-- the module is completed, so a later change to the module does not change old certificates.
ALTER TABLE module_completion DROP CONSTRAINT module_completion_pkey;
ALTER TABLE module_completion ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE module_completion ADD COLUMN valid_until date;
CREATE INDEX module_completion_person_idx ON module_completion (account_id, module_key, completed_at DESC);

-- Required learning: a module assigned, with a due date, to the members of some teams, to everyone
-- holding some roles, or to the members of those teams who hold those roles (both given).
-- Withdrawing keeps the row (withdrawn_at), so the history of what was required stays.
CREATE TABLE required_module (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    module_key    text        NOT NULL,
    due_on        date        NOT NULL,
    set_by        bigint      REFERENCES account (id) ON DELETE SET NULL,
    set_at        timestamptz NOT NULL,
    changed_at    timestamptz NOT NULL,
    withdrawn_at  timestamptz,
    withdrawn_by  bigint      REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX required_module_live_idx ON required_module (module_key) WHERE withdrawn_at IS NULL;

CREATE TABLE required_module_team (
    required_module_id  bigint NOT NULL REFERENCES required_module (id) ON DELETE CASCADE,
    team_id             bigint NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    PRIMARY KEY (required_module_id, team_id)
);

CREATE TABLE required_module_role (
    required_module_id  bigint NOT NULL REFERENCES required_module (id) ON DELETE CASCADE,
    role                text   NOT NULL CHECK (role IN ('staff', 'manager', 'evaluator', 'editor', 'admin')),
    PRIMARY KEY (required_module_id, role)
);
