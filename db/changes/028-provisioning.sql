--liquibase formatted sql

--changeset lantern:028-provisioning
-- Single sign-on provisioning: an account created on first sign-in from the identity provider's claims
-- is marked on the identity that created it; only such accounts take their name, e-mail, teams and
-- roles from the claims again at later sign-ins (accounts made by hand or imported never change by a claim).
ALTER TABLE account_identity ADD COLUMN provisioned boolean NOT NULL DEFAULT false;

-- SCIM 2.0: bearer tokens an administrator creates for an identity platform (Entra ID, Okta) that pushes
-- accounts. Only a SHA-256 hash of the token is kept; the token is shown once. Revoked tokens stay, for the audit.
CREATE TABLE scim_token (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label       text        NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    token_hash  text        NOT NULL UNIQUE,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at  timestamptz,
    revoked_by  text
);

-- What the identity platform calls an account (SCIM externalId), kept so it can find the account again, and so
-- organisation sign-in can find the account SCIM made (lantern.sso.provisioning.scim-id-claim): one account each.
ALTER TABLE account ADD COLUMN scim_external_id text
    CHECK (scim_external_id IS NULL OR (length(scim_external_id) BETWEEN 1 AND 255 AND scim_external_id !~ '[[:cntrl:]]'));
CREATE UNIQUE INDEX account_scim_external_id_uq ON account (scim_external_id);
