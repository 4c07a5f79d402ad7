package org.lantern.surveys;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.SURVEY_IMPORT;

/** Paper forms without a participant code: imported, counted apart, kept out of the pairs, never imported twice. */
@LanternTest
@Transactional
class UnlinkedImportTest {

    private static final String KEY = "unlinked-import-test";

    @Autowired
    PeopleService people;
    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    EvaluationSource evaluations;
    @Autowired
    DSLContext db;

    @BeforeEach
    void programme() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        programmes.createProgramme(account(), new NewProgramme(KEY, "Unlinked import test", "recovery-knowledge",
                List.of("Community Team North", "Paper Team"), List.of(new NewProgramme.NewWave("before", d, d.plusDays(30)),
                new NewProgramme.NewWave("after", d.plusDays(120), d.plusDays(150)))));
    }

    private Account account() {
        return people.findByUsername("evaluator").orElseThrow();
    }

    private ImportResult run(String csv, boolean replace) {
        return responseImport.importCsv(account(), KEY, new StringReader(csv), replace, n -> { });
    }

    private int responses(boolean withoutCode) {
        return db.fetchCount(RESPONSE.join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                        .join(PROGRAMME).on(PROGRAMME.ID.eq(PARTICIPANT.PROGRAMME_ID)),
                PROGRAMME.KEY.eq(KEY).and(withoutCode ? PARTICIPANT.CODE.isNull() : PARTICIPANT.CODE.isNotNull()));
    }

    private static final String FILE = """
            participant,team,wave,hope-1,hope-2
            P1,Paper Team,before,4,3
            ,Paper Team,before,2,2
            ,Paper Team,after,5,4
            ,No Such Team,after,5,4
            , Paper Team ,after,,
            P1,Paper Team,after,5,5
            """;

    @Test
    void rowsWithoutACodeGoInCountedApartAndBadRowsStillSayWhy() {
        ImportResult result = run(FILE, false);
        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.withoutCode()).isEqualTo(2);
        assertThat(result.rejected()).extracting(ImportResult.Rejection::line).containsExactly(5L, 6L);
        assertThat(result.rejected()).extracting(ImportResult.Rejection::reason)
                .containsExactly("'No Such Team' is not a team in this programme.", "the row has no answers.");
        assertThat(responses(true)).isEqualTo(2);
        assertThat(responses(false)).isEqualTo(2);
        assertThat(db.select(SURVEY_IMPORT.UNLINKED).from(SURVEY_IMPORT).join(PROGRAMME).on(PROGRAMME.ID.eq(SURVEY_IMPORT.PROGRAMME_ID))
                .where(PROGRAMME.KEY.eq(KEY)).fetchSingle(SURVEY_IMPORT.UNLINKED)).isEqualTo(2);
    }

    @Test
    void theReadModelKeepsThemApartFromTheParticipantsSoTheyNeverPair() {
        run(FILE, false);
        EvaluationData data = evaluations.read(programmes.programme(KEY).orElseThrow());
        assertThat(data.participants()).as("only P1 is a participant").isEqualTo(1);
        assertThat(data.unlinked().size()).isEqualTo(2);
        assertThat(data.unlinked().wave()).containsExactlyInAnyOrder(0, 1);
        int hope1 = data.likertItems().indexOf(data.survey().item("hope-1").orElseThrow());
        int afterRow = data.unlinked().wave()[0] == 1 ? 0 : 1;
        assertThat(data.unlinked().likert()[afterRow * data.likertItems().size() + hope1]).isEqualTo(5);
    }

    @Test
    void theSameRowsWithoutACodeAreNeverImportedTwiceEvenWithReplace() {
        run(FILE, false);
        // the same forms typed in again, columns in another order and one coded row corrected
        ImportResult again = run("""
                participant,team,wave,hope-2,hope-1
                P1,Paper Team,before,3,5
                ,Paper Team,before,2,2
                ,Paper Team,after,4,5
                """, true);
        assertThat(again.imported()).as("only P1's corrected row").isEqualTo(1);
        assertThat(again.withoutCode()).isZero();
        assertThat(again.rejected()).extracting(ImportResult.Rejection::line).containsExactly(3L, 4L);
        assertThat(again.rejected().getFirst().reason()).startsWith("the rows without a participant code in this file were already "
                + "imported on ").endsWith("rows without a code cannot be told apart, so they are not imported twice.");
        assertThat(responses(true)).as("nothing doubled").isEqualTo(2);

        // a new set of forms (one more) is a new file: it goes in
        ImportResult more = run("participant,team,wave,hope-1,hope-2\n,Paper Team,before,2,2\n,Paper Team,after,5,4\n"
                + ",Paper Team,after,3,3\n", false);
        assertThat(more.withoutCode()).isEqualTo(3);
        assertThat(responses(true)).isEqualTo(5);
    }
}
