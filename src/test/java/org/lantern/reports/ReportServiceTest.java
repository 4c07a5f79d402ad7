package org.lantern.reports;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.people.Role;
import org.lantern.surveys.Programme;
import org.lantern.surveys.PseudonymKey;
import org.lantern.surveys.SurveyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.lantern.db.Tables.MODULE_COMPLETION;
import static org.lantern.db.Tables.PARTICIPANT;

/** The report on the demo programme and on test programmes, against the real database. */
@LanternTest
@Transactional
class ReportServiceTest {

    static final String DEMO = "recovery-practice-2026";

    @Autowired
    ReportService reports;
    @Autowired
    SurveyService surveys;
    @Autowired
    PeopleService people;
    @Autowired
    PseudonymKey pseudonymKey;
    @Autowired
    DSLContext db;

    private static ItemFigures item(GroupReport g, String key) {
        return g.items().stream().filter(i -> i.item().key().equals(key)).findFirst().orElseThrow();
    }

    private static ThemeFigures theme(GroupReport g, String key) {
        return g.themes().stream().filter(t -> t.theme().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDemoProgrammeDefaultsToFirstAgainstLastWaveForAllTeams() {
        Report report = reports.report("evaluator", DEMO, null, null, null);
        assertThat(report.before().key()).isEqualTo("before");
        assertThat(report.after().key()).isEqualTo("after");
        assertThat(report.team()).isNull();
        assertThat(report.teams()).extracting(GroupReport::label)
                .containsExactly("Acute Ward Two", "Community Team North", "Supported Living East");
        ResponseFigures response = report.overall().response();
        assertThat(response.respondedBefore().value()).isEqualTo(14 + 17 + 20);
        assertThat(response.matched().value()).isBetween(30, 51);
        assertThat(report.overall().themes()).hasSize(6).allSatisfy(t -> assertThat(t.suppressed()).isFalse());
        assertThat(report.overall().items()).hasSize(24);
        assertThat(report.overall().choices()).hasSize(6);
        // the demo data was made with gains mostly in goals, hope and risk
        assertThat(theme(report.overall(), "goals").change().stats().meanChange())
                .isGreaterThan(theme(report.overall(), "strengths").change().stats().meanChange());
        assertThat(theme(report.overall(), "goals").change().stats().tP()).isLessThan(0.05);
    }

    @Test
    void reverseScoredQuestionsMatchAnIndependentSqlCalculation() {
        Report report = reports.report("evaluator", DEMO, null, null, null);
        Programme programme = surveys.programme(DEMO).orElseThrow();
        // hope-3 is reverse scored: (6 − after) − (6 − before) = before − after
        var row = db.fetchOne("""
                SELECT count(*), avg(ab.value_number - aa.value_number)
                FROM participant p
                JOIN response rb ON rb.participant_id = p.id AND rb.wave_id = ? AND rb.status = 'submitted'
                JOIN response ra ON ra.participant_id = p.id AND ra.wave_id = ? AND ra.status = 'submitted'
                JOIN answer ab ON ab.response_id = rb.id AND ab.item_key = 'hope-3'
                JOIN answer aa ON aa.response_id = ra.id AND aa.item_key = 'hope-3'
                WHERE p.programme_id = ?""", programme.waves().get(0).id(), programme.waves().get(1).id(), programme.id());
        ItemFigures hope3 = item(report.overall(), "hope-3");
        assertThat(hope3.item().reverse()).isTrue();
        assertThat(hope3.change().stats().pairs()).isEqualTo(row.get(0, Integer.class));
        assertThat(hope3.change().stats().meanChange()).isCloseTo(row.get(1, Double.class), within(1e-9));
        // and the goals theme: per person, the mean of the four goals questions (goals-3 reversed)
        var goals = db.fetchOne("""
                WITH scores AS (
                  SELECT p.id AS person, r.wave_id,
                         avg(CASE WHEN a.item_key = 'goals-3' THEN 6 - a.value_number ELSE a.value_number END) AS score
                  FROM participant p JOIN response r ON r.participant_id = p.id AND r.status = 'submitted'
                  JOIN answer a ON a.response_id = r.id AND a.item_key IN ('goals-1', 'goals-2', 'goals-3', 'goals-4')
                  WHERE p.programme_id = ? GROUP BY p.id, r.wave_id)
                SELECT count(*), avg(af.score - bf.score), stddev_samp(af.score - bf.score)
                FROM scores bf JOIN scores af ON af.person = bf.person AND af.wave_id = ? WHERE bf.wave_id = ?""",
                programme.id(), programme.waves().get(1).id(), programme.waves().get(0).id());
        var stats = theme(report.overall(), "goals").change().stats();
        assertThat(stats.pairs()).isEqualTo(goals.get(0, Integer.class));
        assertThat(stats.meanChange()).isCloseTo(goals.get(1, Double.class), within(1e-9));
        assertThat(stats.sdChange()).isCloseTo(goals.get(2, Double.class), within(1e-9));
    }

    @Test
    void evaluatorsAndAdministratorsSeeEveryTeamAndCanChooseOne() {
        Report ward = reports.report("admin", DEMO, "before", "after", "Acute Ward Two");
        assertThat(ward.team()).isEqualTo("Acute Ward Two");
        assertThat(ward.overall().team()).isEqualTo("Acute Ward Two");
        assertThat(ward.teams()).extracting(GroupReport::label).containsExactly("Acute Ward Two");
        assertThat(ward.overall().response().respondedBefore().value()).isEqualTo(17);
        assertThat(reports.programmesFor("evaluator")).extracting(Programme::key).contains(DEMO, "strengths-pilot");
    }

    @Test
    void managersSeeOnlyTheTeamsTheyManageAndNeverProgrammeTotals() {
        assertThat(reports.teamsFor("manager", DEMO)).extracting(Programme.TeamRef::name)
                .containsExactly("Community Team North", "Supported Living East");
        Report own = reports.report("manager", DEMO, null, null, null);
        assertThat(own.team()).isEqualTo("Community Team North");
        assertThat(own.overall().team()).isEqualTo("Community Team North");
        assertThat(own.teams()).extracting(GroupReport::label).containsExactly("Community Team North");
        assertThat(reports.report("manager", DEMO, null, null, "supported living east").team()).isEqualTo("Supported Living East");
        assertThatThrownBy(() -> reports.report("manager", DEMO, null, null, "Acute Ward Two"))
                .isInstanceOf(ReportException.class).hasMessage("You can only see reports for teams you manage.")
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.NOT_ALLOWED);

        assertThat(reports.report("ward.manager", DEMO, null, null, null).team()).isEqualTo("Acute Ward Two");
        assertThatThrownBy(() -> reports.report("ward.manager", DEMO, null, null, "Community Team North"))
                .hasMessage("You can only see reports for teams you manage.");
        assertThat(reports.programmesFor("ward.manager")).extracting(Programme::key).containsExactly(DEMO);
        assertThatThrownBy(() -> reports.report("ward.manager", "strengths-pilot", null, null, null))
                .hasMessage("You can only see reports for programmes that include a team you manage.");
    }

    @Test
    void staffAndEditorsSeeNoReports() {
        for (String user : List.of("staff", "editor", "amira.k")) {
            assertThat(reports.programmesFor(user)).as(user).isEmpty();
            assertThatThrownBy(() -> reports.report(user, DEMO, null, null, null)).as(user)
                    .isInstanceOf(ReportException.class)
                    .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.NOT_ALLOWED);
        }
    }

    @Test
    void unknownProgrammesWavesAndTeamsAreClearErrors() {
        assertThatThrownBy(() -> reports.report("evaluator", "nope", null, null, null)).hasMessage("No programme with the key 'nope'.");
        assertThatThrownBy(() -> reports.report("evaluator", DEMO, "middle", null, null))
                .hasMessage("This programme has no wave 'middle'. Its waves are: before, after.");
        assertThatThrownBy(() -> reports.report("evaluator", DEMO, "after", "before", null))
                .hasMessage("The before wave ('after') must come earlier than the after wave ('before').");
        assertThatThrownBy(() -> reports.report("evaluator", DEMO, "after", "after", null)).hasMessage("Choose two different waves to compare.");
        assertThatThrownBy(() -> reports.report("evaluator", DEMO, null, null, "Nowhere Team"))
                .hasMessage("This programme has no team called 'Nowhere Team'.");
    }

    @Test
    void aSmallTeamIsHiddenAndSoIsTheNextSmallest() {
        ReportFixtures.programme(surveys, "report-small", List.of("Report Alpha", "Report Bravo", "Report Charlie"),
                new int[]{9, 6, 3}, 11);
        Report report = reports.report("evaluator", "report-small", null, null, null);
        GroupReport alpha = report.teams().get(0);
        GroupReport bravo = report.teams().get(1);
        GroupReport charlie = report.teams().get(2);
        assertThat(charlie.response().matched().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(bravo.response().matched().hidden()).isEqualTo(Hidden.PROTECTS_SMALL_TEAM);
        assertThat(alpha.response().matched().value()).isEqualTo(9);
        assertThat(item(charlie, "hope-1").change().stats()).isNull();
        assertThat(item(bravo, "hope-1").change().stats()).isNull();
        assertThat(theme(bravo, "hope").change().hidden()).isEqualTo(Hidden.PROTECTS_SMALL_TEAM);
        assertThat(bravo.choices().getFirst().after().percent()).isNull();
        assertThat(item(alpha, "hope-1").change().stats().meanChange()).isEqualTo(1.0);
        assertThat(item(report.overall(), "hope-1").change().stats().pairs()).isEqualTo(18);
        assertThat(item(report.overall(), "hope-1").change().stats().meanChange()).isEqualTo(1.0);
        assertThat(report.overall().choices().getFirst().before().percent()).isCloseTo(100.0 * (5 + 3 + 2) / 18, within(1e-9));
        assertThat(report.overall().choices().getFirst().after().percent()).isEqualTo(100.0);

        Comments comments = report.comments().stream().filter(c -> c.item().key().equals("comments") && c.waveKey().equals("after"))
                .findFirst().orElseThrow();
        assertThat(comments.written()).isEqualTo(18);
        assertThat(comments.quotes()).filteredOn(q -> q.team() != null).extracting(Comments.Quote::team).containsOnly("Report Alpha");
        assertThat(comments.quotes()).filteredOn(q -> q.text().contains("Charlie")).allMatch(q -> q.team() == null).hasSize(3);

        Report onlyCharlie = reports.report("evaluator", "report-small", null, null, "Report Charlie");
        assertThat(onlyCharlie.overall().suppressed()).isTrue();
        assertThat(onlyCharlie.comments()).allMatch(Comments::suppressed);
    }

    @Test
    void theLearningLinkComparesPeopleWhoCompletedTrainingWithThoseWhoDidNot() {
        ReportFixtures.programme(surveys, "report-learning", List.of("Report Learning Team"), new int[]{12}, 5);
        Programme programme = surveys.programme("report-learning").orElseThrow();
        List<Long> participants = db.select(PARTICIPANT.ID).from(PARTICIPANT).where(PARTICIPANT.PROGRAMME_ID.eq(programme.id()))
                .orderBy(PARTICIPANT.CODE).fetch(PARTICIPANT.ID);
        OffsetDateTime beforeClose = programme.waves().get(1).closes().atStartOfDay().atOffset(ZoneOffset.UTC).minusDays(10);
        List<Long> accounts = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long account = people.createAccount(new NewAccount("report.learner" + i, "Learner " + i, "a-long-password",
                    EnumSet.of(Role.STAFF), Set.of(), Set.of())).id();
            accounts.add(account);
            // as if they had answered in Lantern: their keyed link
            db.update(PARTICIPANT).set(PARTICIPANT.LINK, pseudonymKey.link(programme.id(), account))
                    .where(PARTICIPANT.ID.eq(participants.get(i))).execute();
            if (i < 5) {
                db.insertInto(MODULE_COMPLETION, MODULE_COMPLETION.ACCOUNT_ID, MODULE_COMPLETION.MODULE_KEY,
                                MODULE_COMPLETION.MODULE_TITLE, MODULE_COMPLETION.MINUTES, MODULE_COMPLETION.COMPLETED_AT)
                        .values(account, "positive-risk-taking", "Positive risk-taking", 60, beforeClose).execute();
            } else if (i == 10) {
                // completed only after the after survey closed: counts as not completed
                db.insertInto(MODULE_COMPLETION, MODULE_COMPLETION.ACCOUNT_ID, MODULE_COMPLETION.MODULE_KEY,
                                MODULE_COMPLETION.MODULE_TITLE, MODULE_COMPLETION.MINUTES, MODULE_COMPLETION.COMPLETED_AT)
                        .values(account, "positive-risk-taking", "Positive risk-taking", 60, beforeClose.plusDays(40)).execute();
            }
        }
        LearningLink link = reports.report("evaluator", "report-learning", null, null, null).learningLink();
        assertThat(link.completedPeople().value()).isEqualTo(5);
        assertThat(link.notCompletedPeople().value()).isEqualTo(6);
        assertThat(link.shown()).isTrue();
        LearningLink.Row hope = link.rows().stream().filter(r -> r.label().equals("Hope and belief in recovery for all")).findFirst().orElseThrow();
        // everyone gained exactly one point on hope-1 of the four hope questions: +0.25 in both groups
        assertThat(hope.completed().meanChange()).isCloseTo(0.25, within(1e-12));
        assertThat(hope.notCompleted().meanChange()).isCloseTo(0.25, within(1e-12));
        assertThat(hope.difference()).isCloseTo(0.0, within(1e-12));

        db.deleteFrom(MODULE_COMPLETION).where(MODULE_COMPLETION.ACCOUNT_ID.eq(accounts.get(0))).execute();
        LearningLink fewer = reports.report("evaluator", "report-learning", null, null, null).learningLink();
        assertThat(fewer.completedPeople().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(fewer.shown()).isFalse();
    }
}
