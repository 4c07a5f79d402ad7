--liquibase formatted sql

--changeset lantern:027-notification-events
-- Notifications for more events (org.lantern.notifications, README "Notifications"): required learning
-- due and overdue, reflective sessions planned or cancelled, actions assigned or overdue, story decisions.
-- A session's notification carries its calendar invitation (an iCalendar text, METHOD:REQUEST or CANCEL),
-- made in the same transaction as the change and attached to its e-mail as it was then.
ALTER TABLE notification ADD COLUMN attachment text;

-- Each person's calendar feed link (/calendar/<token>.ics): only a SHA-256 of the token is kept, so the
-- link is shown once, when it is made; making a new one replaces (and so revokes) the old.
CREATE TABLE calendar_feed (
    account_id  bigint      PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    token_hash  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL
);

-- The key that signs one-click unsubscribe links in e-mails (HMAC-SHA256), made at random on first use
-- unless lantern.notifications.unsubscribe-key is set; one row, shared by every instance.
CREATE TABLE notification_key (
    id        int   PRIMARY KEY CHECK (id = 1),
    hmac_key  bytea NOT NULL CHECK (length(hmac_key) >= 32)
);
