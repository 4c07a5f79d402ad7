--liquibase formatted sql

--changeset lantern:023-account-email
-- A person's work e-mail address, as the HR or rostering system's export gives it (the people import,
-- README "Importing people"). Optional: accounts typed in by hand and the demo accounts have none.
-- Personal data: "Download my data" shows it and erasing the account removes it.
ALTER TABLE account ADD COLUMN email text;
ALTER TABLE account ADD CONSTRAINT account_email_shape
    CHECK (email IS NULL OR (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'));
