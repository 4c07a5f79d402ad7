package org.lantern.surveys;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Routines.responseFirstRelease;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.WAVE;

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

    /** The rule (db change 036): the response's own mark first; else, if submitted and not late, the wave's first release. */
    @ParameterizedTest(name = "marked {0}, late {1}, {2}, wave first released in {3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            "null, false, submitted, null, null",
            "null, false, submitted, 7, 7",
            "null, true, submitted, 7, null",
            "9, true, submitted, 7, 9",
            "9, false, submitted, null, 9",
            "null, false, draft, 7, null",
            "null, false, draft, null, null"})
    void oneRuleSaysInWhichReleaseAResponseWasFirstIncluded(Long marked, boolean late, String status, Long waveFirst, Long expected) {
        Long release = db.fetchValue(DSL.select(responseFirstRelease(DSL.val(marked, Long.class), DSL.val(late),
                DSL.val(status), DSL.val(waveFirst, Long.class))));
        assertThat(release).isEqualTo(expected);
    }

    /** The triggers that freeze released responses and answers use that one rule; no second copy of it is left. */
    @Test
    void theFreezingTriggersAndTheReadsShareOneRule() {
        for (String function : new String[]{"response_released_frozen", "answer_released_frozen"}) {
            assertThat(db.fetchSingle("SELECT pg_get_functiondef(?::regproc)", function).get(0, String.class))
                    .as(function).contains("response_first_release(");
        }
        assertThat(db.fetchSingle("SELECT count(*) FROM pg_proc WHERE proname = 'response_is_released'").get(0, Integer.class)).isZero();
        assertThat(ReleaseMark.RELEASED_IN.toString()).contains("response_first_release");
    }

    /** PostgreSQL inlines the rule into surveys' reads: no function call per response when a release reads 300,000. */
    @Test
    void theReadsDoNotCallTheRuleOncePerResponse() {
        String query = db.renderInlined(db.select(RESPONSE.ID, ReleaseMark.RELEASED_IN).from(RESPONSE)
                .join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID)).where(ReleaseMark.RELEASED));
        String plan = String.join("\n", db.fetch("EXPLAIN (VERBOSE) " + query).getValues(0, String.class));
        assertThat(plan).doesNotContain("response_first_release").contains("COALESCE(response.released_in");
    }
}
