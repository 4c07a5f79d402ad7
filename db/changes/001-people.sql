--liquibase formatted sql

--changeset lantern:001-people
CREATE TABLE service (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT service_name_not_blank CHECK (length(trim(name)) > 0)
);
CREATE UNIQUE INDEX service_name_uq ON service (lower(name));

CREATE TABLE team (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL,
    service_id  bigint      REFERENCES service (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT team_name_not_blank CHECK (length(trim(name)) > 0)
);
CREATE UNIQUE INDEX team_name_uq ON team (lower(name));

CREATE TABLE account (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username       text        NOT NULL UNIQUE,
    display_name   text        NOT NULL,
    password_hash  text        NOT NULL,
    enabled        boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT account_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    CONSTRAINT account_display_name_not_blank CHECK (length(trim(display_name)) > 0)
);

CREATE TABLE account_role (
    account_id  bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        text   NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_known CHECK (role IN ('staff', 'manager', 'evaluator', 'editor', 'admin'))
);

-- Membership of a team; manager = true marks the people who manage (lead) the team.
CREATE TABLE team_member (
    team_id     bigint  NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    account_id  bigint  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    manager     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (team_id, account_id)
);
CREATE INDEX team_member_account_idx ON team_member (account_id);

-- Which features have seeded their demo data, so a restart never seeds twice.
CREATE TABLE demo_seed (
    feature    text        PRIMARY KEY,
    seeded_at  timestamptz NOT NULL DEFAULT now()
);
