--liquibase formatted sql

--changeset lantern:009-audit
-- The audit trail: who did what, when and from where. Append-only: the triggers below refuse UPDATE,
-- TRUNCATE and DELETE, except the retention purge, which must set lantern.audit_purge for its
-- transaction and may only remove entries older than 30 days. No foreign key to account, so an
-- entry never changes when an account does. Never holds survey answers or journal text.
-- username: the account's user name at the time, or the user name typed in a failed sign-in.
CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    account_id  bigint,
    username    text        NOT NULL DEFAULT '',
    event_type  text        NOT NULL,
    detail      text        NOT NULL DEFAULT '',
    client_ip   text,
    CONSTRAINT audit_event_type_format CHECK (event_type ~ '^[a-z][a-z-]{1,39}$'),
    CONSTRAINT audit_event_username_length CHECK (length(username) <= 200),
    CONSTRAINT audit_event_detail_length CHECK (length(detail) <= 1000),
    CONSTRAINT audit_event_ip_length CHECK (client_ip IS NULL OR length(client_ip) <= 100)
);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC, id DESC);
CREATE INDEX audit_event_account_idx ON audit_event (account_id, at DESC);
CREATE INDEX audit_event_type_idx ON audit_event (event_type, at DESC);
-- sign-in throttling counts recent failures per typed user name and per address
CREATE INDEX audit_event_failed_user_idx ON audit_event (lower(username), at) WHERE event_type = 'sign-in-failed';
CREATE INDEX audit_event_failed_ip_idx ON audit_event (client_ip, at) WHERE event_type = 'sign-in-failed';

-- An erased account keeps its row (so history elsewhere still points somewhere) with everything
-- personal removed; erased_at marks it.
ALTER TABLE account ADD COLUMN erased_at timestamptz;

-- A published story stays after its author's account is erased, detached from the author: its
-- publication had its own consent.
ALTER TABLE story DROP CONSTRAINT story_staff_have_author;
ALTER TABLE story ADD CONSTRAINT story_staff_have_author
    CHECK (source = 'content' OR author_id IS NOT NULL OR status IN ('published', 'withdrawn', 'retired'));

--changeset lantern:009-audit-append-only splitStatements:false
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF current_setting('lantern.audit_purge', true) = 'on' AND OLD.at < now() - interval '30 days' THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only_rows BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_append_only_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
