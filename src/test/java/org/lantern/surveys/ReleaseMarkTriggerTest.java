package org.lantern.surveys;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marking a release's responses released rewrites no response submitted before its wave's first release (db change
 * 035: the wave carries that release); the frozen-response trigger runs only for rows that may be released: marked
 * ones, and submitted ones that did not come late (what it refuses to change, and late responses, are checked in
 * {@code CsvImportTest}).
 */
@LanternTest
class ReleaseMarkTriggerTest {

    @Autowired
    DSLContext db;

    @Test
    void theFrozenResponseTriggerRunsOnlyForRowsThatMayBeReleased() {
        String definition = db.fetchSingle("SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE t.tgrelid = 'response'::regclass "
                + "AND t.tgname = 'response_released_frozen'").get(0, String.class);
        assertThat(definition).contains("BEFORE DELETE OR UPDATE ON")
                .contains("FOR EACH ROW WHEN ((old.released OR ((old.status = 'submitted'::text) AND (NOT old.late))))")
                .contains("EXECUTE FUNCTION response_released_frozen()");
    }
}
