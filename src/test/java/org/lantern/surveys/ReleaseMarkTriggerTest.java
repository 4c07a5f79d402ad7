package org.lantern.surveys;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marking a release's responses released is one set-based UPDATE: the frozen-response trigger runs only for rows that
 * were already released (what it refuses to change is checked in {@code CsvImportTest}).
 */
@LanternTest
class ReleaseMarkTriggerTest {

    @Autowired
    DSLContext db;

    @Test
    void theFrozenResponseTriggerRunsOnlyForReleasedRows() {
        String definition = db.fetchSingle("SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE t.tgrelid = 'response'::regclass "
                + "AND t.tgname = 'response_released_frozen'").get(0, String.class);
        assertThat(definition).contains("BEFORE DELETE OR UPDATE ON").contains("FOR EACH ROW WHEN (old.released)")
                .contains("EXECUTE FUNCTION response_released_frozen()");
    }
}
