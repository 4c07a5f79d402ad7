--liquibase formatted sql

--changeset lantern:020-audit-chain splitStatements:false
-- Two database roles (README "Database roles and the audit chain"): Liquibase runs as the owner of
-- the schema, Lantern itself connects as a role that owns nothing (the grants are in the changeset
-- below). For the audit trail that role may only INSERT and SELECT: it cannot UPDATE, DELETE,
-- TRUNCATE, disable the triggers or change the chain; the retention purge goes through
-- audit_purge(), which runs as the owner and removes only entries older than 30 days.
--
-- A hash chain makes any change to the trail detectable, even by the owner or a superuser who can
-- bypass all of that: each entry's hash is SHA-256(previous entry's hash || the entry's canonical
-- encoding), where "previous" is the entry before it in chain order (chain_seq, 1, 2, 3, ...). The
-- first entry's previous hash is empty. Lantern's verification (AuditChainVerifier, in Java, so it
-- does not trust functions an intruder could replace) recomputes every hash from the stored fields.

-- The canonical encoding: a version tag, then each field as n; (null) or s<bytes>:<UTF-8 text>;
-- in this order: chain_seq, id, at (microseconds since 1970-01-01 UTC), account_id, username,
-- event_type, detail, client_ip. Lengths make it unambiguous whatever the text holds.
CREATE FUNCTION audit_field(value text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN convert_to('n;', 'UTF8')
                ELSE convert_to('s' || octet_length(convert_to(value, 'UTF8')) || ':', 'UTF8')
                     || convert_to(value, 'UTF8') || convert_to(';', 'UTF8') END
$$;

CREATE FUNCTION audit_event_encoding(chain_seq bigint, id bigint, at timestamptz, account_id bigint, username text,
                                     event_type text, detail text, client_ip text)
    RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT convert_to('lantern-audit-1;', 'UTF8')
        || audit_field(chain_seq::text) || audit_field(id::text)
        || audit_field(((extract(epoch FROM at) * 1000000)::numeric(30, 0))::text)
        || audit_field(account_id::text) || audit_field(username) || audit_field(event_type)
        || audit_field(detail) || audit_field(client_ip)
$$;

-- One row: where the chain ends (its newest entry) and where it starts now (after the retention
-- purge removed the oldest entries: the first kept entry and the hash of the entry before it).
-- No row until the first entry, so a new database stays empty (a restore needs an empty one).
CREATE TABLE audit_chain (
    id           smallint PRIMARY KEY CHECK (id = 1),
    head_seq     bigint NOT NULL,
    head_hash    bytea  NOT NULL,
    anchor_seq   bigint NOT NULL,
    anchor_hash  bytea  NOT NULL
);

ALTER TABLE audit_event ADD COLUMN chain_seq bigint;
ALTER TABLE audit_event ADD COLUMN hash bytea;

-- Entries written before this change are chained now, oldest first.
ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only_rows;
DO $$
DECLARE
    e record;
    n bigint := 0;
    h bytea := '\x'::bytea;
BEGIN
    FOR e IN SELECT * FROM audit_event ORDER BY id LOOP
        n := n + 1;
        h := sha256(h || audit_event_encoding(n, e.id, e.at, e.account_id, e.username, e.event_type, e.detail, e.client_ip));
        UPDATE audit_event SET chain_seq = n, hash = h WHERE id = e.id;
    END LOOP;
    IF n > 0 THEN
        INSERT INTO audit_chain (id, head_seq, head_hash, anchor_seq, anchor_hash) VALUES (1, n, h, 1, '\x'::bytea);
    END IF;
END
$$;
ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only_rows;
ALTER TABLE audit_event ALTER COLUMN chain_seq SET NOT NULL;
ALTER TABLE audit_event ALTER COLUMN hash SET NOT NULL;
CREATE UNIQUE INDEX audit_event_chain_idx ON audit_event (chain_seq);

-- True only in a restore run by the schema's owner (or a superuser): a restore sets
-- lantern.restoring for its transaction, but any role can set such a setting, so it counts only
-- when the connection's own role owns the tables.
CREATE FUNCTION lantern_owner_restoring() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('lantern.restoring', true), '') = 'on'
       AND pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'public.audit_event'::regclass), 'MEMBER')
$$;

-- Chains each new entry. Runs as the owner (SECURITY DEFINER): the app role cannot touch
-- audit_chain itself. Concurrent inserts, from several instances too, queue on the chain row's lock
-- (held to the end of the inserting transaction), so each entry follows the one committed before it.
-- Whatever chain_seq or hash the insert gave is overwritten, except in the owner's restore, which
-- writes entries back exactly as they were (entries from a backup made before the chain are chained).
CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
DECLARE
    next_seq bigint;
    next_hash bytea;
BEGIN
    IF NEW.hash IS NOT NULL AND NEW.chain_seq IS NOT NULL AND lantern_owner_restoring() THEN
        RETURN NEW;
    END IF;
    LOOP
        UPDATE audit_chain
           SET head_seq = head_seq + 1,
               head_hash = sha256(head_hash || audit_event_encoding(head_seq + 1, NEW.id, NEW.at, NEW.account_id,
                                                                   NEW.username, NEW.event_type, NEW.detail, NEW.client_ip))
         WHERE id = 1
        RETURNING head_seq, head_hash INTO next_seq, next_hash;
        EXIT WHEN FOUND;
        -- the very first entry (or the first after every entry was purged and the row deleted)
        INSERT INTO audit_chain (id, head_seq, head_hash, anchor_seq, anchor_hash)
        VALUES (1, 1, sha256('\x'::bytea || audit_event_encoding(1, NEW.id, NEW.at, NEW.account_id, NEW.username,
                                                                NEW.event_type, NEW.detail, NEW.client_ip)), 1, '\x'::bytea)
        ON CONFLICT (id) DO NOTHING
        RETURNING head_seq, head_hash INTO next_seq, next_hash;
        EXIT WHEN FOUND;
    END LOOP;
    NEW.chain_seq := next_seq;
    NEW.hash := next_hash;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

-- The retention purge: removes the oldest entries, in chain order, up to the first entry that is
-- not older than the cutoff (and never one younger than 30 days, whatever cutoff is asked), and
-- records the new start of the chain so that it stays verifiable from the oldest kept entry.
-- An old entry written after a younger one (clocks of several instances a moment apart) waits for
-- the next purge that passes its neighbours. Runs as the owner; the app role may only call it.
CREATE FUNCTION audit_purge(cutoff timestamptz) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
DECLARE
    floor_at timestamptz := least(cutoff, now() - interval '30 days');
    head bigint;
    keep_from bigint;
    before_hash bytea;
    removed bigint;
BEGIN
    -- wait for inserts in progress and hold new ones until this transaction ends
    SELECT head_seq INTO head FROM audit_chain WHERE id = 1 FOR UPDATE;
    IF head IS NULL THEN
        RETURN 0;
    END IF;
    SELECT coalesce(min(chain_seq), head + 1) INTO keep_from FROM audit_event WHERE at >= floor_at;
    SELECT hash INTO before_hash FROM audit_event WHERE chain_seq = keep_from - 1;
    IF before_hash IS NULL THEN
        RETURN 0;
    END IF;
    -- the append-only trigger lets this switch delete entries older than 30 days, and nothing younger
    PERFORM set_config('lantern.audit_purge', 'on', true);
    DELETE FROM audit_event WHERE chain_seq < keep_from;
    GET DIAGNOSTICS removed = ROW_COUNT;
    PERFORM set_config('lantern.audit_purge', 'off', true);
    UPDATE audit_chain SET anchor_seq = keep_from, anchor_hash = before_hash WHERE id = 1;
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION audit_purge(timestamptz) FROM PUBLIC;

-- Released survey responses and answers: a restore may write them back only when run by the owner.
CREATE OR REPLACE FUNCTION response_released_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF lantern_owner_restoring() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF OLD.released THEN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM programme g WHERE g.id IN (
                SELECT w.programme_id FROM wave w WHERE w.id = OLD.wave_id
                UNION ALL
                SELECT p.programme_id FROM participant p WHERE p.id = OLD.participant_id)) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'Response % is part of a released report and cannot be changed (%)', OLD.id, TG_OP
            USING ERRCODE = 'restrict_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION answer_released_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    frozen bigint;
BEGIN
    IF lantern_owner_restoring() THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT r.id INTO frozen FROM response r
        WHERE r.released AND r.id IN (SELECT DISTINCT a.response_id FROM new_answers a) LIMIT 1;
    END IF;
    IF frozen IS NULL AND TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT r.id INTO frozen FROM response r
        WHERE r.released AND r.id IN (SELECT DISTINCT a.response_id FROM old_answers a) LIMIT 1;
    END IF;
    IF frozen IS NOT NULL THEN
        RAISE EXCEPTION 'The answers of response % are part of a released report and cannot be changed (%)', frozen, TG_OP
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NULL;
END
$$;

--changeset lantern:020-app-role-grants runAlways:true runOnChange:true splitStatements:false
-- What the app role (Liquibase parameter app_role: lantern.db.app-role, else spring.datasource.username)
-- may do, granted again at every start so that it holds for tables of any version: read and write
-- every table and sequence, except the audit trail (INSERT and SELECT only) and the chain row and
-- Liquibase's own tables (SELECT only, for verification and backups). Default privileges give it
-- the same on tables that later changesets create. When Liquibase runs as the app role itself (one
-- role for everything, as before), there is nothing to grant.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = '' OR position('$' IN app) > 0 OR app = current_user THEN
        RAISE NOTICE 'Lantern: no separate app role to grant to (app_role "%"), the schema owner % is used throughout', app, current_user;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE WARNING 'Lantern: the app role "%" does not exist; create it and start again', app;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_chain FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON databasechangelog, databasechangeloglock FROM %I', app);
    EXECUTE format('GRANT EXECUTE ON FUNCTION audit_purge(timestamptz) TO %I', app);
    -- the survey import runs ANALYZE on the tables it filled (PostgreSQL 17's MAINTAIN privilege;
    -- without it ANALYZE only warns and is skipped)
    IF current_setting('server_version_num')::int >= 170000 THEN
        EXECUTE format('GRANT MAINTAIN ON participant, response, answer TO %I', app);
    END IF;
END
$$;
