--liquibase formatted sql

--changeset lantern:017-identity-links
-- Organisation sign-in (OpenID Connect) finds an account only through a link made once, by an
-- administrator or by the person after a password sign-in: the identity provider's issuer and the
-- subject it gives the person (never a user name or e-mail, which people can change at the provider).
-- An account may have several identities (two providers); an identity belongs to at most one account.
CREATE TABLE account_identity (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    issuer      text        NOT NULL,
    subject     text        NOT NULL,
    -- what the provider called the person when the link was made: shown to people, never matched
    label       text        NOT NULL DEFAULT '',
    linked_by   text        NOT NULL,
    linked_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT account_identity_uq UNIQUE (issuer, subject),
    CONSTRAINT account_identity_issuer_format CHECK (issuer ~ '^https?://[^[:space:][:cntrl:]]+$' AND length(issuer) <= 500),
    CONSTRAINT account_identity_subject_format CHECK (length(subject) BETWEEN 1 AND 255 AND subject !~ '[[:cntrl:]]')
);
CREATE INDEX account_identity_account_idx ON account_identity (account_id);
