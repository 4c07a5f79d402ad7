--liquibase formatted sql

--changeset lantern:007-reflection
-- A reflective practice session planned by a manager for one of their teams.
CREATE TABLE reflective_session (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id           bigint      NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    starts_at         timestamptz NOT NULL,
    duration_minutes  int         NOT NULL CHECK (duration_minutes BETWEEN 10 AND 480),
    focus_type        text        NOT NULL CHECK (focus_type IN ('story', 'lesson', 'tool', 'topic')),
    focus_ref         text        NOT NULL,
    focus_title       text        NOT NULL,
    model_key         text        NOT NULL,
    pre_reading       text        NOT NULL DEFAULT '' CHECK (length(pre_reading) <= 5000),
    notes             text        NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    status            text        NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
    created_by        bigint      REFERENCES account (id) ON DELETE SET NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    notes_updated_at  timestamptz,
    notes_updated_by  bigint      REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX reflective_session_team_idx ON reflective_session (team_id, starts_at);

CREATE TABLE session_attendance (
    session_id  bigint NOT NULL REFERENCES reflective_session (id) ON DELETE CASCADE,
    account_id  bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, account_id)
);

-- Anonymous feedback: no account on the feedback row. Who has given feedback is kept apart, only
-- to stop a second answer, and cannot be joined to what they said.
CREATE TABLE session_feedback (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id  bigint NOT NULL REFERENCES reflective_session (id) ON DELETE CASCADE,
    usefulness  int    NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
    takeaway    text   NOT NULL DEFAULT '' CHECK (length(takeaway) <= 500)
);
CREATE TABLE session_feedback_given (
    session_id  bigint NOT NULL REFERENCES reflective_session (id) ON DELETE CASCADE,
    account_id  bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, account_id)
);

-- The team action log. owner NULL means "the team".
CREATE TABLE action_point (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id         bigint      NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    description     text        NOT NULL CHECK (length(trim(description)) > 0 AND length(description) <= 1000),
    owner_id        bigint      REFERENCES account (id) ON DELETE SET NULL,
    due_date        date,
    status          text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    dropped_reason  text,
    origin_type     text        NOT NULL CHECK (origin_type IN ('session', 'self_review', 'direct')),
    origin_id       bigint,
    created_by      bigint      REFERENCES account (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT action_dropped_reason CHECK (status <> 'dropped' OR length(trim(coalesce(dropped_reason, ''))) > 0)
);
CREATE INDEX action_point_team_idx ON action_point (team_id, status, due_date);

-- Every change to an action: who, when, what.
CREATE TABLE action_update (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id   bigint      NOT NULL REFERENCES action_point (id) ON DELETE CASCADE,
    account_id  bigint      REFERENCES account (id) ON DELETE SET NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    old_status  text,
    new_status  text        NOT NULL,
    note        text        NOT NULL DEFAULT '' CHECK (length(note) <= 2000)
);
CREATE INDEX action_update_action_idx ON action_update (action_id, at);

-- Team recovery self-review against the indicators in content/self-review/indicators.yaml.
CREATE TABLE self_review (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id       bigint      NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    title         text        NOT NULL,
    status        text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    started_by    bigint      REFERENCES account (id) ON DELETE SET NULL,
    started_at    timestamptz NOT NULL DEFAULT now(),
    finalised_by  bigint      REFERENCES account (id) ON DELETE SET NULL,
    finalised_at  timestamptz
);
CREATE INDEX self_review_team_idx ON self_review (team_id, started_at);

CREATE TABLE self_review_rating (
    review_id      bigint      NOT NULL REFERENCES self_review (id) ON DELETE CASCADE,
    indicator_key  text        NOT NULL,
    rating         int,
    strengths      text        NOT NULL DEFAULT '' CHECK (length(strengths) <= 5000),
    to_develop     text        NOT NULL DEFAULT '' CHECK (length(to_develop) <= 5000),
    updated_by     bigint      REFERENCES account (id) ON DELETE SET NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (review_id, indicator_key)
);

-- Evidence notes: several team members contribute per indicator and source.
CREATE TABLE self_review_evidence (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id      bigint      NOT NULL REFERENCES self_review (id) ON DELETE CASCADE,
    indicator_key  text        NOT NULL,
    source_key     text        NOT NULL,
    note           text        NOT NULL CHECK (length(trim(note)) > 0 AND length(note) <= 2000),
    account_id     bigint      REFERENCES account (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX self_review_evidence_idx ON self_review_evidence (review_id, indicator_key);
