package org.lantern.surveys;

import org.lantern.base.security.Account;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.audit.AuditEntry;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditFilter;
import org.lantern.audit.AuditService;
import org.lantern.audit.DataRightsService;
import org.lantern.db.tables.records.ParticipantRecord;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.StringReader;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.RESPONSE;

/**
 * Answers are tied to people only through the keyed link: what a copy of the database shows, and
 * everything that goes from an account to its answers (each test rolls back).
 */
@LanternTest
@Transactional
class PseudonymLinkTest {

    private static final String PILOT = "strengths-pilot";

    @Autowired
    Programmes programmes;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    ResponseRates responseRates;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    ResponseReleases responseReleases;
    @Autowired
    SurveyDataRights surveyDataRights;
    @Autowired
    PseudonymKey key;
    @Autowired
    PeopleService people;
    @Autowired
    DataRightsService dataRights;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext db;

    private long programmeId(String key) {
        return programmes.programme(key).orElseThrow().id();
    }

    private long accountId(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    private void answerAndSubmit(String username, String item, String value) {
        answering.startOrResume(account(username), PILOT, "before");
        answering.saveAnswer(account(username), PILOT, "before", item, value);
        answering.submit(account(username), PILOT, "before");
    }

    @Test
    void aCopyOfTheDatabaseCannotTellWhoseAnswersAreWhose() {
        String person = "copy.tester";
        people.createAccount(new NewAccount(person, "Copy Tester", "a long enough password", EnumSet.of(Role.STAFF),
                Set.of(people.findTeamByName("Community Team North").orElseThrow().id()), Set.of()));
        answerAndSubmit("staff", "comments", "Staff's own words");
        answerAndSubmit(person, "comments", "Copy tester's own words");
        answering.startOrResume(account(person), PILOT, "before");

        // no table pairs an account with a participant: nothing refers to both, the participant not to the account
        Map<String, Set<String>> references = new java.util.HashMap<>();
        db.fetch("SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
                        + "WHERE contype = 'f' AND connamespace = 'public'::regnamespace")
                .forEach(r -> references.computeIfAbsent(r.get(0, String.class), k -> new HashSet<>()).add(r.get(1, String.class)));
        Set<String> toAccount = references.entrySet().stream().filter(e -> e.getValue().contains("account"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> toParticipant = references.entrySet().stream().filter(e -> e.getValue().contains("participant"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(toAccount).isNotEmpty().doesNotContain("participant").doesNotContainAnyElementsOf(toParticipant);
        assertThat(toParticipant).containsExactly("response");
        assertThat(db.fetchSingle("SELECT to_regclass('participant_link') IS NOT NULL").get(0, Boolean.class)).isFalse();
        assertThat(PARTICIPANT.fields()).extracting(f -> f.getName()).doesNotContain("account_id");

        // every link is 32 bytes and means nothing without the key
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        PseudonymKey wrong = new PseudonymKey(otherKey);
        long pilot = programmeId(PILOT);
        List<byte[]> links = db.select(PARTICIPANT.LINK).from(PARTICIPANT).where(PARTICIPANT.LINK.isNotNull()).fetch(PARTICIPANT.LINK);
        assertThat(links).hasSizeGreaterThanOrEqualTo(2).allSatisfy(l -> assertThat(l).hasSize(32));
        Set<String> guesses = new HashSet<>();
        for (long account : db.select(org.lantern.db.Tables.ACCOUNT.ID).from(org.lantern.db.Tables.ACCOUNT)
                .fetch(org.lantern.db.Tables.ACCOUNT.ID)) {
            guesses.add(java.util.HexFormat.of().formatHex(wrong.link(pilot, account)));
        }
        assertThat(links).noneMatch(l -> guesses.contains(java.util.HexFormat.of().formatHex(l)));
        // with the right key, the staff member's link leads to their participant
        assertThat(db.select(PARTICIPANT.CODE).from(PARTICIPANT).where(PARTICIPANT.LINK.eq(key.link(pilot, accountId("staff"))))
                .fetchOne(PARTICIPANT.CODE)).matches("L-[A-Z2-9]{12}");

        // after erasure the erased account's link is gone (overwritten with random bytes, so it does not stand out
        // as missing), and its submitted answer stays, tied to nobody
        long erased = accountId(person);
        byte[] link = key.link(pilot, erased);
        long participant = db.select(PARTICIPANT.ID).from(PARTICIPANT).where(PARTICIPANT.LINK.eq(link)).fetchSingle(PARTICIPANT.ID);
        dataRights.erase(account("admin"), erased, person);
        assertThat(db.fetchCount(PARTICIPANT, PARTICIPANT.LINK.eq(link))).isZero();
        assertThat(db.select(PARTICIPANT.LINK).from(PARTICIPANT).where(PARTICIPANT.ID.eq(participant)).fetchSingle(PARTICIPANT.LINK))
                .hasSize(32).isNotEqualTo(link);
        assertThat(responseReleases.trainingGroups(pilot, new long[]{participant}, List.of(erased))).containsExactly(0);
        assertThat(db.select(RESPONSE.STATUS).from(RESPONSE).where(RESPONSE.PARTICIPANT_ID.eq(participant)).fetch(RESPONSE.STATUS))
                .containsExactly("submitted");
    }

    @Test
    void resumeSecondSubmissionOwnAnswersAndRemindersGoThroughTheKeyedLink() {
        answering.startOrResume(account("staff"), PILOT, "before");
        answering.saveAnswer(account("staff"), PILOT, "before", "hope-1", "4");
        long pilot = programmeId(PILOT);
        long participant = db.select(PARTICIPANT.ID).from(PARTICIPANT)
                .where(PARTICIPANT.LINK.eq(key.link(pilot, accountId("staff")))).fetchSingle(PARTICIPANT.ID);
        assertThat(answering.startOrResume(account("staff"), PILOT, "before").answers()).containsEntry("hope-1", "4");
        // other tests may have had the staff member answer programmes of their own: look at the pilot
        assertThat(surveyDataRights.myAnswers(accountId("staff"))).filteredOn(mine -> mine.programme().equals(PILOT)).singleElement().satisfies(mine -> {
            assertThat(mine.programme()).isEqualTo(PILOT);
            assertThat(mine.team()).isEqualTo("Community Team North");
            assertThat(mine.responses()).singleElement().satisfies(r -> {
                assertThat(r.submitted()).isFalse();
                assertThat(r.startedOn()).isEqualTo(LocalDate.now());
                assertThat(r.answers()).containsExactly(new MyAnswers.Answer("hope-1", 4, null));
            });
        });

        MyResponse submitted = answering.submit(account("staff"), PILOT, "before");
        assertThat(submitted.submittedOn()).isEqualTo(LocalDate.now());
        assertThatThrownBy(() -> answering.submit(account("staff"), PILOT, "before")).hasMessage("You have already submitted this survey.");
        MyResponse shown = answering.startOrResume(account("staff"), PILOT, "before");
        assertThat(shown.submitted()).isTrue();
        assertThat(shown.answers()).containsEntry("hope-1", "4");
        assertThat(answering.openSurveysFor(account("staff"))).filteredOn(o -> o.programme().key().equals(PILOT)).singleElement()
                .satisfies(o -> assertThat(o.submittedOn()).isEqualTo(LocalDate.now()));
        assertThat(db.fetchCount(PARTICIPANT, PARTICIPANT.PROGRAMME_ID.eq(pilot).and(PARTICIPANT.LINK
                .eq(key.link(pilot, accountId("staff")))))).as("still one participant").isEqualTo(1);
        assertThat(db.fetchCount(RESPONSE, RESPONSE.PARTICIPANT_ID.eq(participant))).isEqualTo(1);

        long north = programmes.programme(PILOT).orElseThrow().team("Community Team North").orElseThrow().id();
        answerAndSubmit("amira.k", "hope-1", "3");
        assertThat(responseRates.notYetResponded(account("manager"), PILOT, "before", north))
                .contains("Dev P.").doesNotContain("Sam Staff", "Amira K.");
    }

    @Test
    void trainingGroupsMatchParticipantsToAccountsInsideSurveys() {
        long pilot = programmeId(PILOT);
        responseImport.importCsv(account("evaluator"), PILOT, new StringReader("participant,team,wave,hope-1\nP-1,Community Team North,before,3\n"),
                false, n -> { });
        answerAndSubmit("staff", "hope-1", "4");
        answerAndSubmit("amira.k", "hope-1", "2");
        long paper = db.select(PARTICIPANT.ID).from(PARTICIPANT).where(PARTICIPANT.PROGRAMME_ID.eq(pilot))
                .and(PARTICIPANT.CODE.eq("P-1")).fetchSingle(PARTICIPANT.ID);
        long staff = participantOf(pilot, "staff");
        long amira = participantOf(pilot, "amira.k");

        assertThat(responseReleases.trainingGroups(pilot, new long[]{paper, staff, amira}, List.of(accountId("staff"), 999_999L)))
                .containsExactly(0, 2, 1);
        assertThat(responseReleases.trainingGroups(pilot, new long[]{amira, staff}, List.of())).containsExactly(1, 1);
        // another programme's link never matches
        assertThat(responseReleases.trainingGroups(programmeId("recovery-practice-2026"), new long[]{staff}, List.of(accountId("staff"))))
                .containsExactly(0);
    }

    @Test
    void trainingGroupsForOneHundredThousandParticipants() {
        LocalDate d = LocalDate.of(2026, 1, 5);
        programmes.createProgramme(account("evaluator"), new NewProgramme("groups-benchmark", "Groups", "recovery-knowledge",
                List.of("Community Team North"), List.of(new NewProgramme.NewWave("before", d, d.plusDays(5)),
                new NewProgramme.NewWave("after", d.plusDays(50), d.plusDays(55)))));
        long programme = programmeId("groups-benchmark");
        long team = programmes.programme("groups-benchmark").orElseThrow().teams().getFirst().id();
        int n = 100_000;
        for (int from = 0; from < n; from += 5_000) {
            InsertValuesStep4<ParticipantRecord, Long, String, Long, byte[]> insert =
                    db.insertInto(PARTICIPANT, PARTICIPANT.PROGRAMME_ID, PARTICIPANT.CODE, PARTICIPANT.TEAM_ID, PARTICIPANT.LINK);
            for (int i = from; i < from + 5_000; i++) {
                // every tenth answered on paper; the others as accounts 10,000,000 + i
                insert = insert.values(programme, "B-" + i, team, i % 10 == 0 ? null : key.link(programme, 10_000_000L + i));
            }
            insert.execute();
        }
        List<Long> ids = db.select(PARTICIPANT.ID).from(PARTICIPANT).where(PARTICIPANT.PROGRAMME_ID.eq(programme))
                .orderBy(DSL.field("substring({0} from 3)::int", Integer.class, PARTICIPANT.CODE)).fetch(PARTICIPANT.ID);
        long[] participants = ids.stream().mapToLong(Long::longValue).toArray();
        List<Long> trained = new ArrayList<>();
        for (int i = 0; i < n; i += 2) {
            trained.add(10_000_000L + i);
        }

        byte[] groups = responseReleases.trainingGroups(programme, participants, trained);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            responseReleases.trainingGroups(programme, participants, trained);
            best = Math.min(best, System.nanoTime() - started);
        }
        System.out.printf("Training groups: %,d participants, %,d trained accounts: best of 3 %d ms%n", n, trained.size(),
                best / 1_000_000);

        assertThat(groups).hasSize(n);
        for (int i = 0; i < n; i++) {
            // the odd ones are linked to accounts that do not exist here: like an erased account's scrambled link, 0
            int expected = i % 10 == 0 ? 0 : i % 2 == 0 ? 2 : 0;
            assertThat(groups[i]).as("participant B-%d", i).isEqualTo((byte) expected);
        }
    }

    private long participantOf(long programme, String username) {
        return db.select(PARTICIPANT.ID).from(PARTICIPANT).where(PARTICIPANT.LINK.eq(key.link(programme, accountId(username))))
                .fetchSingle(PARTICIPANT.ID);
    }

    @Test
    void responseDatesAreDaysOnly() {
        answerAndSubmit("staff", "hope-1", "4");
        Map<String, String> types = new java.util.HashMap<>();
        db.fetch("SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                        + "WHERE table_schema = 'public' AND table_name IN ('participant', 'response', 'answer', 'survey_import')")
                .forEach(r -> types.put(r.get(0, String.class), r.get(1, String.class)));
        assertThat(types).containsEntry("response.started_at", "date").containsEntry("response.updated_at", "date")
                .containsEntry("response.submitted_at", "date").containsEntry("survey_import.imported_on", "date")
                .doesNotContainKey("participant.created_at");
        assertThat(types.values()).noneMatch(t -> t.startsWith("timestamp") || t.startsWith("time "));
        assertThat(db.select(RESPONSE.STARTED_AT, RESPONSE.UPDATED_AT, RESPONSE.SUBMITTED_AT).from(RESPONSE)
                .where(RESPONSE.PARTICIPANT_ID.eq(participantOf(programmeId(PILOT), "staff"))).fetchSingle())
                .satisfies(r -> assertThat(List.of(r.value1(), r.value2(), r.value3())).containsOnly(LocalDate.now()));
        // the submitted check still holds: a submitted response has its day
        assertThatThrownBy(() -> db.update(RESPONSE).setNull(RESPONSE.SUBMITTED_AT)
                .where(RESPONSE.PARTICIPANT_ID.eq(participantOf(programmeId(PILOT), "staff"))).execute())
                .hasMessageContaining("response_submitted_at");
    }

    @Test
    void archivingDeletesLinksAndDraftsAndStaffNoLongerSeeTheProgramme() {
        answerAndSubmit("staff", "comments", "Submitted before the programme ended");
        answering.startOrResume(account("amira.k"), PILOT, "before");
        answering.saveAnswer(account("amira.k"), PILOT, "before", "hope-1", "5");
        long pilot = programmeId(PILOT);
        assertThatThrownBy(() -> programmes.archiveProgramme(account("evaluator"), PILOT))
                .isInstanceOf(SurveyException.class).hasMessageStartingWith("The after wave closes on ")
                .satisfies(e -> assertThat(((SurveyException) e).kind()).isEqualTo(SurveyException.Kind.CONFLICT));
        assertThat(programmes.whyNotArchivable(PILOT)).isPresent();

        // the programme ends: both waves are in the past
        db.execute("UPDATE wave SET opens = opens - 400, closes = closes - 400 WHERE programme_id = ?", pilot);
        assertThat(programmes.whyNotArchivable(PILOT)).isEmpty();
        assertThatThrownBy(() -> programmes.archiveProgramme(account("staff"), PILOT)).hasMessage("Your account is not allowed to do this.");

        // other tests may have opened the demo pilot too (links and drafts of their own): count what is there
        int links = db.fetchCount(PARTICIPANT, PARTICIPANT.PROGRAMME_ID.eq(pilot).and(PARTICIPANT.LINK.isNotNull()));
        int drafts = db.fetchCount(RESPONSE.join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID)),
                PARTICIPANT.PROGRAMME_ID.eq(pilot).and(RESPONSE.STATUS.eq("draft")));
        int submitted = db.fetchCount(RESPONSE.join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID)),
                PARTICIPANT.PROGRAMME_ID.eq(pilot).and(RESPONSE.STATUS.eq("submitted")));
        assertThat(links).isGreaterThanOrEqualTo(2);
        assertThat(drafts).isGreaterThanOrEqualTo(1);
        assertThat(submitted).isGreaterThanOrEqualTo(1);

        ProgrammeArchived archived = programmes.archiveProgramme(account("evaluator"), PILOT);

        assertThat(archived.linksDeleted()).isEqualTo(links);
        assertThat(archived.draftsDeleted()).isEqualTo(drafts);
        assertThat(archived.archivedOn()).isEqualTo(LocalDate.now());
        assertThat(db.fetchCount(PARTICIPANT, PARTICIPANT.PROGRAMME_ID.eq(pilot).and(PARTICIPANT.LINK.isNotNull()))).isZero();
        assertThat(db.fetchCount(RESPONSE.join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID)),
                PARTICIPANT.PROGRAMME_ID.eq(pilot).and(RESPONSE.STATUS.eq("draft")))).isZero();
        assertThat(db.fetchCount(RESPONSE.join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID)),
                PARTICIPANT.PROGRAMME_ID.eq(pilot).and(RESPONSE.STATUS.eq("submitted")))).isEqualTo(submitted);
        assertThat(db.select(PROGRAMME.ARCHIVED_ON).from(PROGRAMME).where(PROGRAMME.ID.eq(pilot)).fetchSingle().value1())
                .isEqualTo(LocalDate.now());
        assertThat(programmes.programme(PILOT).orElseThrow().archived()).isTrue();
        assertThat(audit.search(account("admin"), new AuditFilter("evaluator", AuditEventType.PROGRAMME_ARCHIVE, null, null), 0, 5))
                .extracting(AuditEntry::detail).contains("Archived programme 'strengths-pilot' (Strengths pilot): "
                        + links + " survey links and " + drafts + " unsubmitted responses deleted");

        // staff no longer see it or reach their answers; reminders stop; the figures stay for evaluators
        assertThat(answering.openSurveysFor(account("staff"))).noneMatch(o -> o.programme().key().equals(PILOT));
        assertThatThrownBy(() -> answering.startOrResume(account("staff"), PILOT, "before")).hasMessageContaining("archived");
        assertThat(surveyDataRights.myAnswers(accountId("staff"))).noneMatch(m -> m.programme().equals(PILOT));
        assertThatThrownBy(() -> responseRates.notYetResponded(account("manager"), PILOT, "before",
                programmes.programme(PILOT).orElseThrow().team("Community Team North").orElseThrow().id()))
                .hasMessageContaining("archived");
        assertThat(responseRates.responseRates(account("evaluator"), PILOT)).isNotEmpty();
        assertThatThrownBy(() -> programmes.archiveProgramme(account("admin"), PILOT)).hasMessageStartingWith("This programme was already archived on ");
        assertThatThrownBy(() -> responseImport.importCsv(account("evaluator"), PILOT, new StringReader("participant,team,wave,hope-1\n"), false, n -> { }))
                .hasMessageContaining("archived");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
