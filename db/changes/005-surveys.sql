--liquibase formatted sql

--changeset lantern:005-surveys
-- A before/after evaluation programme: one survey, several teams, two or more waves.
CREATE TABLE programme (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key         text        NOT NULL UNIQUE,
    title       text        NOT NULL,
    survey_key  text        NOT NULL,
    created_by  bigint      REFERENCES account (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT programme_key_format CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT programme_title_not_blank CHECK (length(trim(title)) > 0)
);

CREATE TABLE programme_team (
    programme_id  bigint NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    team_id       bigint NOT NULL REFERENCES team (id),
    PRIMARY KEY (programme_id, team_id)
);

CREATE TABLE wave (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id  bigint NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    key           text   NOT NULL,
    position      int    NOT NULL,
    opens         date   NOT NULL,
    closes        date   NOT NULL,
    UNIQUE (programme_id, key),
    UNIQUE (programme_id, position),
    CONSTRAINT wave_key_format CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT wave_dates CHECK (closes >= opens)
);

-- A pseudonymous participant of one programme. code is random for people answering in Lantern,
-- or the evaluator's own code for imported paper responses. Answers hang off this, never the account.
CREATE TABLE participant (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id  bigint      NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    code          text        NOT NULL,
    team_id       bigint      NOT NULL REFERENCES team (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (programme_id, code)
);

-- The only link between an account and its pseudonym. Used solely to resume a draft, to prevent a
-- second submission, and to show people what they themselves submitted.
CREATE TABLE participant_link (
    participant_id  bigint NOT NULL PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    programme_id    bigint NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    account_id      bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    UNIQUE (programme_id, account_id)
);

-- One response per participant per wave: a draft that autosaves, then submitted once (final).
CREATE TABLE response (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id  bigint      NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    wave_id         bigint      NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    status          text        NOT NULL DEFAULT 'draft',
    source          text        NOT NULL DEFAULT 'app',
    started_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    submitted_at    timestamptz,
    UNIQUE (participant_id, wave_id),
    CONSTRAINT response_status CHECK (status IN ('draft', 'submitted')),
    CONSTRAINT response_source CHECK (source IN ('app', 'import')),
    CONSTRAINT response_submitted_at CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
);
CREATE INDEX response_wave_idx ON response (wave_id, status);

-- Answers: value_number for likert (as given, before reverse scoring), value_text for choice (the
-- chosen option's text) and free text.
CREATE TABLE answer (
    response_id  bigint  NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    item_key     text    NOT NULL,
    value_number int,
    value_text   text,
    PRIMARY KEY (response_id, item_key),
    CONSTRAINT answer_has_value CHECK (value_number IS NOT NULL OR value_text IS NOT NULL),
    CONSTRAINT answer_text_length CHECK (value_text IS NULL OR length(value_text) <= 5000)
);
