--liquibase formatted sql

--changeset lantern:023-account-email
-- A person's work e-mail address, as the HR or rostering system's export gives it (the people import,
-- README "Importing people"). Optional: accounts typed in by hand and the demo accounts have none.
-- Personal data: "Download my data" shows it and erasing the account removes it.
ALTER TABLE account ADD COLUMN email text;
ALTER TABLE account ADD CONSTRAINT account_email_shape
    CHECK (email IS NULL OR (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'));
-- False for an account the import created with no password (a random hash nobody knows), until an
-- administrator or the person sets one: People and teams says "no password yet".
ALTER TABLE account ADD COLUMN password_set boolean NOT NULL DEFAULT true;
