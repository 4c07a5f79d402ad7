--liquibase formatted sql

--changeset lantern:032-release-mark-without-row-trigger
-- Marking a release's responses released (one UPDATE of 300,000 rows at national scale) called the frozen-response
-- trigger's function once per row, although it only ever acts on rows that were already released: for any other row
-- it lets the change through (restoring or not). The same trigger now runs only for released rows, so the mark is
-- set-based, and released responses stay exactly as frozen as before (011, 020).
DROP TRIGGER response_released_frozen ON response;
CREATE TRIGGER response_released_frozen BEFORE UPDATE OR DELETE ON response
    FOR EACH ROW WHEN (OLD.released) EXECUTE FUNCTION response_released_frozen();
