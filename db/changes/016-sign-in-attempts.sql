--liquibase formatted sql

--changeset lantern:016-sign-in-attempts
-- Sign-in throttling (README "Sign-in, throttling and lockout"). One row per counter:
--   scope 'pair'    one user name from one address (name_key and address_key set)
--   scope 'name'    one user name from all addresses (address_key '')
--   scope 'address' one address, all user names (name_key '')
-- name_key is the SHA-256 (hex) of the normalised user name, so a password typed into the user name
-- field is not kept here; address_key is the client address, an IPv6 client by its /64.
-- An attempt is reserved (failures + 1) in the same transaction that locks these rows, before the
-- password is checked, and given back when the sign-in succeeds: parallel attempts cannot slip through.
CREATE TABLE sign_in_attempt (
    scope         text        NOT NULL,
    name_key      text        NOT NULL,
    address_key   text        NOT NULL,
    failures      integer     NOT NULL DEFAULT 0,
    since         timestamptz NOT NULL,
    last_failure  timestamptz,
    last_success  timestamptz,
    PRIMARY KEY (scope, name_key, address_key),
    CONSTRAINT sign_in_attempt_scope CHECK (scope IN ('pair', 'name', 'address')),
    CONSTRAINT sign_in_attempt_failures CHECK (failures >= 0),
    CONSTRAINT sign_in_attempt_key_length CHECK (length(name_key) <= 64 AND length(address_key) <= 100)
);
-- the hourly clean-up looks for rows nothing has happened to for a while
CREATE INDEX sign_in_attempt_activity_idx ON sign_in_attempt (greatest(since, last_failure));
