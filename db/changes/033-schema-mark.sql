--liquibase formatted sql

--changeset lantern:033-schema-mark
-- The changelog Lantern last migrated with (a SHA-256 of db/ and Liquibase's parameters), written after every
-- successful update. At start Lantern compares it with its own changelog and skips
-- Liquibase's work when they match; any difference runs Liquibase as before (README "Start time").
-- Liquibase's bookkeeping, like databasechangelog: not backed up or restored, and the app role may only read it
-- (UnchangedSchema revokes the rest each time it writes the mark, after 020-app-role-grants has run again).
CREATE TABLE schema_mark (
    id               int         PRIMARY KEY CHECK (id = 1),
    changelog_sha256 text        NOT NULL,
    migrated_at      timestamptz NOT NULL DEFAULT now()
);

