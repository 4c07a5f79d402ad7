--liquibase formatted sql

--changeset lantern:018-session-version
-- Signed-in sessions end as soon as what their account may do changes, on every instance sharing this
-- database: a session remembers the session_version it was signed in with, and each request compares
-- it with this column (one primary-key read). The triggers below bump it in the same transaction as
-- the change, so no code path can forget to.
-- session_basis: a digest of what sessions were signed in against (user name, can sign in, password,
-- roles, teams and managed teams). The triggers compare it at commit, so saving an account form with
-- only the display name changed, or deleting and re-adding the same roles, signs nobody out.
ALTER TABLE account ADD COLUMN session_version bigint NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN session_basis text;

--changeset lantern:018-session-version-triggers splitStatements:false
CREATE FUNCTION account_session_basis(which bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws('|', a.username, a.enabled::text, a.password_hash,
            coalesce((SELECT string_agg(r.role, ',' ORDER BY r.role) FROM account_role r WHERE r.account_id = a.id), ''),
            coalesce((SELECT string_agg(m.team_id::text || ':' || m.manager::text, ',' ORDER BY m.team_id)
                        FROM team_member m WHERE m.account_id = a.id), '')), 'UTF8')), 'hex')
    FROM account a WHERE a.id = which
$$;

-- Deferred to commit, when the account's roles and teams are final: replacing them by delete and
-- insert then counts as a change only if the result differs.
CREATE FUNCTION account_sessions_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
    basis text;
BEGIN
    IF TG_TABLE_NAME = 'account' THEN
        changed := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        changed := OLD.account_id;
    ELSE
        changed := NEW.account_id;
    END IF;
    basis := account_session_basis(changed);
    UPDATE account SET session_version = session_version + 1, session_basis = basis
     WHERE id = changed AND session_basis IS DISTINCT FROM basis;
    IF TG_TABLE_NAME <> 'account' AND TG_OP = 'UPDATE' THEN
        IF OLD.account_id <> NEW.account_id THEN   -- a membership or role moved to another account
            basis := account_session_basis(OLD.account_id);
            UPDATE account SET session_version = session_version + 1, session_basis = basis
             WHERE id = OLD.account_id AND session_basis IS DISTINCT FROM basis;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER account_sessions_on_account AFTER UPDATE OF username, enabled, password_hash ON account
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION account_sessions_refresh();
CREATE CONSTRAINT TRIGGER account_sessions_on_role AFTER INSERT OR UPDATE OR DELETE ON account_role
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION account_sessions_refresh();
CREATE CONSTRAINT TRIGGER account_sessions_on_team AFTER INSERT OR UPDATE OR DELETE ON team_member
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION account_sessions_refresh();

UPDATE account SET session_basis = account_session_basis(id);
