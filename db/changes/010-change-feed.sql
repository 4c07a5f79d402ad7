--liquibase formatted sql

--changeset lantern:010-change-feed splitStatements:false
-- Change feed for scaling out: several Lantern instances share one PostgreSQL, each with its own
-- Lucene story index. Every change to a story row sends NOTIFY lantern_story '<id>'; PostgreSQL
-- delivers it only when (and if) the transaction commits, so listeners never see rolled-back work.
-- Listeners that were disconnected catch up by comparing story.changed_at with their index.
CREATE FUNCTION lantern_notify_story_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('lantern_story', OLD.id::text);
    ELSE
        PERFORM pg_notify('lantern_story', NEW.id::text);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER story_change_feed
    AFTER INSERT OR UPDATE OR DELETE ON story
    FOR EACH ROW EXECUTE FUNCTION lantern_notify_story_change();
--rollback DROP TRIGGER story_change_feed ON story; DROP FUNCTION lantern_notify_story_change();
