--liquibase formatted sql

--changeset lantern:002-training
-- Lessons a person has marked as done. Modules and lessons are identified by their content keys.
CREATE TABLE lesson_done (
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    module_key  text        NOT NULL,
    lesson_key  text        NOT NULL,
    done_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, module_key, lesson_key)
);

-- Where a person was last reading in each module, so they can carry on from any device.
CREATE TABLE learning_position (
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    module_key  text        NOT NULL,
    lesson_key  text        NOT NULL,
    visited_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, module_key)
);
CREATE INDEX learning_position_recent_idx ON learning_position (account_id, visited_at DESC);

-- Every submitted knowledge check. answers: {"question-key": [option indexes]}.
CREATE TABLE check_attempt (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    module_key    text        NOT NULL,
    submitted_at  timestamptz NOT NULL DEFAULT now(),
    correct       int         NOT NULL CHECK (correct >= 0),
    total         int         NOT NULL CHECK (total > 0 AND correct <= total),
    score         int         NOT NULL CHECK (score BETWEEN 0 AND 100),
    passed        boolean     NOT NULL,
    answers       jsonb       NOT NULL
);
CREATE INDEX check_attempt_person_idx ON check_attempt (account_id, module_key, submitted_at DESC);

-- When a person completed a module (all lessons done and the knowledge check passed). Kept even if
-- the module's content changes later: it is what the certificate shows.
CREATE TABLE module_completion (
    account_id    bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    module_key    text        NOT NULL,
    module_title  text        NOT NULL,
    minutes       int         NOT NULL CHECK (minutes > 0),
    completed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, module_key)
);
