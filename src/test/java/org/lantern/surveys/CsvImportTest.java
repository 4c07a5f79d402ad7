package org.lantern.surveys;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.lantern.db.Routines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.REPORT_RELEASE;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.SURVEY_IMPORT;
import static org.lantern.db.Tables.WAVE;

@LanternTest
@Transactional
class CsvImportTest {

    @Autowired
    PeopleService people;

    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    ResponseReleases responseReleases;
    @Autowired
    DSLContext db;

    @BeforeEach
    void programme() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        programmes.createProgramme(account("evaluator"), new NewProgramme("import-test", "Import test", "recovery-knowledge",
                List.of("Community Team North", "Paper Team"), List.of(new NewProgramme.NewWave("before", d, d.plusDays(30)),
                new NewProgramme.NewWave("after", d.plusDays(120), d.plusDays(150)))));
    }

    private ImportResult run(String csv, boolean replace) {
        return responseImport.importCsv(account("evaluator"), "import-test", new StringReader(csv), replace, n -> { });
    }

    private String answerOf(String code, String wave, String item) {
        return db.select(ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT).from(ANSWER).join(RESPONSE).on(RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(PROGRAMME).on(PROGRAMME.ID.eq(PARTICIPANT.PROGRAMME_ID))
                .where(PROGRAMME.KEY.eq("import-test")).and(PARTICIPANT.CODE.eq(code))
                .and(RESPONSE.WAVE_ID.in(db.select(org.lantern.db.Tables.WAVE.ID).from(org.lantern.db.Tables.WAVE).where(org.lantern.db.Tables.WAVE.KEY.eq(wave))))
                .and(ANSWER.ITEM_KEY.eq(item))
                .fetchOptional(r -> r.value1() != null ? String.valueOf(r.value1()) : r.value2()).orElse(null);
    }

    @Test
    void validRowsGoInAndEachRejectedRowNamesItsLine() {
        String csv = """
                participant,team,wave,hope-1,hope-k1,comments
                P1,Paper Team,before,4,,Fine
                P2,No Such Team,before,3,,
                P3,paper team,before,7,,
                P4,Paper Team,before,2,,"A comment
                over two lines"
                P5,Paper Team,during,3,,
                P1,Paper Team,before,5,,
                P6,Paper Team,before,,,
                P7,Paper Team,before,3
                """;
        ImportResult result = run(csv, false);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejected()).extracting(ImportResult.Rejection::line).containsExactly(3L, 4L, 7L, 8L, 9L, 10L);
        assertThat(result.rejected()).extracting(ImportResult.Rejection::reason).containsExactly(
                "'No Such Team' is not a team in this programme.",
                "column 'hope-1': Answers on this scale are whole numbers from 1 to 5, not '7'.",
                "'during' is not a wave of this programme.",
                "participant 'P1' already has a row for wave 'before' on line 2 (use replace to keep the later one).",
                "the row has no answers.",
                "expected 6 values but found 4.");
        assertThat(answerOf("P1", "before", "hope-1")).isEqualTo("4");
        assertThat(answerOf("P4", "before", "comments")).isEqualTo("A comment\nover two lines");
    }

    @Test
    void choiceAnswersUseTheOptionTextAndLaterWavesMatchTheSameCode() {
        String answer = programmes.survey("recovery-knowledge").orElseThrow().item("hope-k1").orElseThrow().answer();
        ImportResult result = run("participant,team,wave,hope-k1\nP1,Paper Team,before,\"" + answer.toLowerCase() + "\"\n"
                + "P1,Paper Team,after,\"" + answer + "\"\nP1,Community Team North,after,\"" + answer + "\"\n", false);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo("participant 'P1' is already recorded in another team.");
        });
        assertThat(answerOf("P1", "before", "hope-k1")).isEqualTo(answer);
    }

    @Test
    void aRowAlreadyInLanternIsRejectedUnlessReplaceIsAsked() {
        run("participant,team,wave,hope-1\nP1,Paper Team,before,2\n", false);
        ImportResult again = run("participant,team,wave,hope-1\nP1,Paper Team,before,5\n", false);
        assertThat(again.imported()).isZero();
        assertThat(again.rejected().getFirst().reason()).contains("already has a response for wave 'before' in Lantern");
        assertThat(answerOf("P1", "before", "hope-1")).isEqualTo("2");

        ImportResult replaced = run("participant,team,wave,hope-1\nP1,Paper Team,before,5\nP1,Paper Team,before,1\n", true);
        assertThat(replaced.imported()).isEqualTo(1);
        assertThat(replaced.rejected()).isEmpty();
        assertThat(answerOf("P1", "before", "hope-1")).as("the later row wins").isEqualTo("1");
    }

    @Test
    void aBadHeaderRejectsTheWholeFileWithAClearMessage() {
        assertThatThrownBy(() -> run("person,team,wave,hope-1\n", false))
                .hasMessage("Line 1 must start with the columns participant,team,wave followed by item keys.");
        assertThatThrownBy(() -> run("participant,team,wave,hope-99\n", false))
                .hasMessage("Line 1: 'hope-99' is not an item of the survey 'recovery-knowledge'.");
        assertThatThrownBy(() -> run("", false)).hasMessageStartingWith("The file is empty");
    }

    @Test
    void anUnclosedQuoteStopsReadingButKeepsTheRowsBefore() {
        ImportResult result = run("participant,team,wave,comments\nP1,Paper Team,before,ok\nP2,Paper Team,before,\"never closed\n", false);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).startsWith("The file cannot be read from here on");
        });
    }

    @Test
    void importsOneHundredThousandRows() {
        StringBuilder csv = new StringBuilder("participant,team,wave,hope-1,hope-2,goals-1,risk-1,comments\n");
        for (int i = 0; i < 50_000; i++) {
            String team = i % 2 == 0 ? "Paper Team" : "Community Team North";
            for (String wave : new String[]{"before", "after"}) {
                csv.append("C").append(i).append(',').append(team).append(',').append(wave).append(',')
                        .append(1 + i % 5).append(',').append(1 + (i + 1) % 5).append(',').append(1 + (i + 2) % 5)
                        .append(',').append(1 + (i + 3) % 5).append(',').append(i % 10 == 0 ? "\"Some, text\"" : "").append('\n');
            }
        }
        long started = System.nanoTime();
        ImportResult result = run(csv.toString(), false);
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Imported %d rows (%d answers) in %d ms%n", result.imported(),
                db.fetchCount(ANSWER.join(RESPONSE).on(RESPONSE.ID.eq(ANSWER.RESPONSE_ID)).join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                        .join(PROGRAMME).on(PROGRAMME.ID.eq(PARTICIPANT.PROGRAMME_ID)), PROGRAMME.KEY.eq("import-test")), ms);
        assertThat(result.imported()).isEqualTo(100_000);
        assertThat(result.rejected()).isEmpty();
        assertThat(answerOf("C12345", "after", "hope-2")).isEqualTo(String.valueOf(1 + (12345 + 1) % 5));
    }

    @Test
    void eachImportIsRecordedWithWhoImportedIt() {
        run("participant,team,wave,hope-1\nP1,Paper Team,before,2\nP2,Paper Team,before,3\n", false);
        run("participant,team,wave,hope-1\nP1,Paper Team,before,4\n", true);
        run("participant,team,wave,hope-1\nP1,Paper Team,during,4\n", false);
        long programme = programmes.programme("import-test").orElseThrow().id();
        assertThat(responseImport.imports(programme)).containsExactly(
                new SurveyImport(LocalDate.now(), "Evan Evaluator", 2), new SurveyImport(LocalDate.now(), "Evan Evaluator", 1));
        assertThat(db.select(SURVEY_IMPORT.IMPORTED_BY).from(SURVEY_IMPORT).where(SURVEY_IMPORT.PROGRAMME_ID.eq(programme))
                .fetch(SURVEY_IMPORT.IMPORTED_BY)).containsOnly(db.select(ACCOUNT.ID).from(ACCOUNT)
                .where(ACCOUNT.USERNAME.eq("evaluator")).fetchSingle(ACCOUNT.ID));
        // every imported response points to its import; answers given in Lantern to none
        assertThat(db.fetchCount(RESPONSE.join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID)),
                PARTICIPANT.PROGRAMME_ID.eq(programme).and(RESPONSE.IMPORT_ID.isNull()))).isZero();
        assertThat(db.select(RESPONSE.SUBMITTED_AT).from(RESPONSE).join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programme)).fetch(RESPONSE.SUBMITTED_AT)).containsOnly(LocalDate.now());
    }

    @Test
    void aResponseOfAReleasedReportCanNeverBeReplacedOrChanged() {
        run("participant,team,wave,hope-1,comments\nP1,Paper Team,before,2,First\nP2,Paper Team,before,3,\n", false);
        Programme programme = programmes.programme("import-test").orElseThrow();
        long before = programme.wave("before").orElseThrow().id();
        long released = release(programme, 1);
        responseReleases.markReleased(programme.id(), List.of(before), released);
        assertThat(db.fetchCount(RESPONSE, RESPONSE.WAVE_ID.eq(before).and(released()))).isEqualTo(2);
        // the first release of a wave is marked on the wave: no response row is rewritten
        assertThat(db.fetchCount(RESPONSE, RESPONSE.WAVE_ID.eq(before).and(RESPONSE.RELEASED.isTrue()))).isZero();

        ImportResult again = run("participant,team,wave,hope-1\nP3,Paper Team,before,4\nP1,Paper Team,before,5\n", true);
        assertThat(again.imported()).isEqualTo(1);
        assertThat(again.rejected()).containsExactly(new ImportResult.Rejection(3, "participant 'P1' already has a response for "
                + "wave 'before' that is part of a released report; it cannot be replaced."));
        assertThat(answerOf("P1", "before", "hope-1")).isEqualTo("2");
        // later responses are not part of the release: they can still be replaced
        assertThat(run("participant,team,wave,hope-1\nP3,Paper Team,before,1\n", true).imported()).isEqualTo(1);
        long p3 = db.select(RESPONSE.ID).from(RESPONSE).join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .where(PARTICIPANT.CODE.eq("P3")).and(RESPONSE.WAVE_ID.eq(before)).fetchSingle(RESPONSE.ID);
        assertThat(db.fetchCount(RESPONSE, RESPONSE.ID.eq(p3).and(released()))).isZero();
        db.update(ANSWER).set(ANSWER.VALUE_NUMBER, 2).where(ANSWER.RESPONSE_ID.eq(p3)).execute();
        // until a later release includes them: then they are frozen like the others
        long later = release(programme, 2);
        responseReleases.markReleased(programme.id(), List.of(before), later);
        assertThat(db.select(RESPONSE.RELEASED_IN).from(RESPONSE).where(RESPONSE.ID.eq(p3)).fetchSingle(RESPONSE.RELEASED_IN))
                .isEqualTo(later);
        assertRefused(() -> db.update(ANSWER).set(ANSWER.VALUE_NUMBER, 5).where(ANSWER.RESPONSE_ID.eq(p3)).execute());
        assertRefused(() -> db.deleteFrom(RESPONSE).where(RESPONSE.ID.eq(p3)).execute());
        // and a wave's first release never changes
        db.execute("SAVEPOINT refused");
        assertThatThrownBy(() -> db.update(WAVE).set(WAVE.RELEASED_IN, later).where(WAVE.ID.eq(before)).execute())
                .hasMessageContaining("first released");
        db.execute("ROLLBACK TO SAVEPOINT refused");

        // and the database itself refuses any change to a released response or its answers
        long p1 = db.select(RESPONSE.ID).from(RESPONSE).join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .where(PARTICIPANT.CODE.eq("P1")).and(RESPONSE.WAVE_ID.eq(before)).fetchSingle(RESPONSE.ID);
        assertRefused(() -> db.update(ANSWER).set(ANSWER.VALUE_NUMBER, 5).where(ANSWER.RESPONSE_ID.eq(p1)).execute());
        assertRefused(() -> db.deleteFrom(ANSWER).where(ANSWER.RESPONSE_ID.eq(p1)).execute());
        assertRefused(() -> db.insertInto(ANSWER, ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER).values(p1, "hope-2", 3).execute());
        assertRefused(() -> db.update(RESPONSE).set(RESPONSE.RELEASED, false).where(RESPONSE.ID.eq(p1)).execute());
        assertRefused(() -> db.deleteFrom(RESPONSE).where(RESPONSE.ID.eq(p1)).execute());
        assertRefused(() -> db.deleteFrom(PARTICIPANT).where(PARTICIPANT.CODE.eq("P1"))
                .and(PARTICIPANT.PROGRAMME_ID.eq(programme.id())).execute());
        assertThat(answerOf("P1", "before", "comments")).isEqualTo("First");

        // and a programme with a release cannot be deleted at all: releases are permanent
        db.execute("SAVEPOINT refused");
        assertThatThrownBy(() -> db.deleteFrom(PROGRAMME).where(PROGRAMME.ID.eq(programme.id())).execute())
                .hasMessageContaining("report_release");
        db.execute("ROLLBACK TO SAVEPOINT refused");
    }

    /** A release record of the programme's first pair of waves (made by reports; here only what marking needs). */
    private long release(Programme programme, int version) {
        return db.insertInto(REPORT_RELEASE, REPORT_RELEASE.PROGRAMME_ID, REPORT_RELEASE.BEFORE_WAVE_ID,
                        REPORT_RELEASE.AFTER_WAVE_ID, REPORT_RELEASE.VERSION, REPORT_RELEASE.RELEASED_AT, REPORT_RELEASE.RELEASED_BY_NAME,
                        REPORT_RELEASE.MIN_GROUP_SIZE, REPORT_RELEASE.SUMMARY, REPORT_RELEASE.CONTENT, REPORT_RELEASE.AUDIT,
                        REPORT_RELEASE.TRAINING)
                .values(programme.id(), programme.wave("before").orElseThrow().id(), programme.wave("after").orElseThrow().id(), version,
                        java.time.OffsetDateTime.now(), "Test", 5, org.jooq.JSONB.valueOf("{}"), new byte[0], org.jooq.JSONB.valueOf("{}"),
                        new byte[0])
                .returning(REPORT_RELEASE.ID).fetchOne(REPORT_RELEASE.ID);
    }

    /** Whether a response is part of a release, as the database's triggers decide it. */
    private static org.jooq.Condition released() {
        return Routines.responseFirstRelease(RESPONSE.RELEASED_IN, RESPONSE.LATE, RESPONSE.STATUS, DSL.field(DSL.select(WAVE.RELEASED_IN).from(WAVE).where(WAVE.ID.eq(RESPONSE.WAVE_ID)))).isNotNull();
    }

    /** Runs a change in a savepoint so that the refusal does not end the test's transaction. */
    private void assertRefused(Runnable change) {
        db.execute("SAVEPOINT refused");
        assertThatThrownBy(change::run).hasMessageContaining("part of a released report and cannot be changed");
        db.execute("ROLLBACK TO SAVEPOINT refused");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
