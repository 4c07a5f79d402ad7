--liquibase formatted sql

--changeset lantern:024-notifications
-- Notifications (org.lantern.notifications): one row per notification to one person. The row is the
-- in-app notification centre's item and, at the same time, the outbox the e-mail sender works from: it
-- is written in the same transaction as the change that causes it, and the sender claims due rows with
-- FOR UPDATE SKIP LOCKED, so several Lantern instances never send one twice.
-- title is also the e-mail subject: never a person's name and never anything anyone answered.
CREATE TABLE notification (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text        NOT NULL,
    account_id     bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    -- what it is about (e.g. "wave:42") and which occurrence (e.g. "opened", "day-7"): one notification
    -- of a kind per person, subject and occurrence, however often the check that makes it runs
    subject        text        NOT NULL,
    occurrence     text        NOT NULL,
    title          text        NOT NULL,
    body           text        NOT NULL,
    link           text        NOT NULL,
    created_at     timestamptz NOT NULL,
    read_at        timestamptz,
    -- e-mail delivery: pending (to send now), digest (in the next daily digest), sent, failed (gave up
    -- after the retries), not_sent (no address, e-mail turned off for the kind, or no mail server),
    -- withdrawn (no longer true when its turn came, e.g. a reminder to someone who has since submitted)
    mail           text        NOT NULL,
    mail_attempts  int         NOT NULL DEFAULT 0,
    mail_due_at    timestamptz NOT NULL,
    mail_sent_at   timestamptz,
    mail_error     text,
    CONSTRAINT notification_once UNIQUE (kind, account_id, subject, occurrence),
    CONSTRAINT notification_mail CHECK (mail IN ('pending', 'digest', 'sent', 'failed', 'not_sent', 'withdrawn'))
);
CREATE INDEX notification_account_idx ON notification (account_id, created_at DESC);
CREATE INDEX notification_mail_due_idx ON notification (mail_due_at) WHERE mail IN ('pending', 'digest');

-- A person's choices per kind: e-mail on or off, each at once or in a daily digest. No row: e-mail at once.
CREATE TABLE notification_preference (
    account_id  bigint  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        text    NOT NULL,
    email       boolean NOT NULL,
    digest      boolean NOT NULL,
    PRIMARY KEY (account_id, kind)
);

-- Days after a wave opens on which people who have not submitted it are reminded (surveys' table; the
-- evaluator edits them on the programme page). Each between 1 and 365.
ALTER TABLE programme ADD COLUMN reminder_days int[] NOT NULL DEFAULT '{7,14}';
ALTER TABLE programme ADD CONSTRAINT programme_reminder_days
    CHECK (cardinality(reminder_days) <= 10 AND 1 <= ALL (reminder_days) AND 365 >= ALL (reminder_days));

--changeset lantern:024b-db-scheduler
-- db-scheduler's own table (com.github.kagkarlsson:db-scheduler 16, its documented PostgreSQL schema):
-- the recurring notification tasks run on one instance at a time through it.
CREATE TABLE scheduled_tasks (
    task_name             text                     NOT NULL,
    task_instance         text                     NOT NULL,
    task_data             bytea,
    execution_time        timestamp with time zone NOT NULL,
    picked                boolean                  NOT NULL,
    picked_by             text,
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  int,
    last_heartbeat        timestamp with time zone,
    version               bigint                   NOT NULL,
    priority              smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
