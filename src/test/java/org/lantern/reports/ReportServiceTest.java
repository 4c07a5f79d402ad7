package org.lantern.reports;

import org.lantern.base.security.Account;
import org.lantern.surveys.ResponseImport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.surveys.Programme;
import org.lantern.surveys.PseudonymKey;
import org.lantern.surveys.Programmes;
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

/** Released reports of the demo programme and of test programmes, against the real database. */
@LanternTest
@Transactional
class ReportServiceTest {

    static final String DEMO = "recovery-practice-2026";

    @Autowired
    ReportService reports;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    ReleaseService releases;
    @Autowired
    Programmes programmes;
    @Autowired
    PeopleService people;
    @Autowired
    PseudonymKey key;
    @Autowired
    DSLContext db;

    private static ItemFigures item(GroupReport g, String key) {
        return g.items().stream().filter(i -> i.item().key().equals(key)).findFirst().orElseThrow();
    }

    private static ThemeFigures theme(GroupReport g, String key) {
        return g.themes().stream().filter(t -> t.theme().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDemoProgrammeIsReleasedAndDefaultsToFirstAgainstLastWaveForAllTeams() {
        Report report = reports.report(account("evaluator"), DEMO, null, null, null);
        assertThat(report.release().version()).isEqualTo(1);
        assertThat(report.release().releasedBy()).isEqualTo("Evan Evaluator");
        assertThat(report.release().responsesBefore()).isEqualTo(14 + 17 + 20);
        assertThat(report.release().paperBefore()).isEqualTo(14 + 17 + 20);
        assertThat(report.before().key()).isEqualTo("before");
        assertThat(report.after().key()).isEqualTo("after");
        assertThat(report.team()).isNull();
        assertThat(report.teams()).extracting(GroupReport::label)
                .containsExactly("Acute Ward Two", "Community Team North", "Supported Living East");
        ResponseFigures response = report.overall().response();
        assertThat(response.respondedBefore().value()).isEqualTo(14 + 17 + 20);
        assertThat(response.matched().value()).isBetween(30, 51);
        assertThat(report.overall().themes()).hasSize(6).allSatisfy(t -> assertThat(t.change().suppressed()).isFalse());
        assertThat(report.overall().items()).hasSize(24);
        assertThat(report.overall().choices()).hasSize(6);
        // the demo data was made with gains mostly in goals, hope and risk
        assertThat(theme(report.overall(), "goals").change().stats().meanChange())
                .isGreaterThan(theme(report.overall(), "strengths").change().stats().meanChange());
        assertThat(theme(report.overall(), "goals").change().stats().tP()).isLessThan(0.05);
    }

    @Test
    void reverseScoredQuestionsAndThemesMatchAnIndependentSqlCalculation() {
        Report report = reports.report(account("evaluator"), DEMO, null, null, null);
        Programme programme = programmes.programme(DEMO).orElseThrow();
        // hope-3 is reverse scored: (6 − after) − (6 − before) = before − after, for people with every hope answer in both
        var row = db.fetchOne("""
                WITH complete AS (
                  SELECT r.participant_id, r.wave_id FROM response r JOIN answer a ON a.response_id = r.id
                  WHERE r.status = 'submitted' AND a.item_key IN ('hope-1', 'hope-2', 'hope-3', 'hope-4') AND a.value_number IS NOT NULL
                  GROUP BY r.participant_id, r.wave_id HAVING count(*) = 4)
                SELECT count(*), avg(ab.value_number - aa.value_number)
                FROM participant p
                JOIN response rb ON rb.participant_id = p.id AND rb.wave_id = ? AND rb.status = 'submitted'
                JOIN response ra ON ra.participant_id = p.id AND ra.wave_id = ? AND ra.status = 'submitted'
                JOIN complete cb ON cb.participant_id = p.id AND cb.wave_id = rb.wave_id
                JOIN complete ca ON ca.participant_id = p.id AND ca.wave_id = ra.wave_id
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
                  WHERE p.programme_id = ? GROUP BY p.id, r.wave_id HAVING count(*) = 4)
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
        Report ward = reports.report(account("admin"), DEMO, "before", "after", "Acute Ward Two");
        assertThat(ward.team()).isEqualTo("Acute Ward Two");
        assertThat(ward.overall().team()).isEqualTo("Acute Ward Two");
        assertThat(ward.teams()).extracting(GroupReport::label).containsExactly("Acute Ward Two");
        assertThat(ward.overall().response().respondedBefore().value()).isEqualTo(17);
        assertThat(reports.programmesFor(account("evaluator"))).extracting(Programme::key).contains(DEMO, "strengths-pilot");
    }

    @Test
    void managersSeeOnlyTheTeamsTheyManageAndNeverProgrammeTotals() {
        assertThat(reports.teamsFor(account("manager"), DEMO)).extracting(Programme.TeamRef::name)
                .containsExactly("Community Team North", "Supported Living East");
        Report own = reports.report(account("manager"), DEMO, null, null, null);
        assertThat(own.team()).isEqualTo("Community Team North");
        assertThat(own.overall().team()).isEqualTo("Community Team North");
        assertThat(own.teams()).extracting(GroupReport::label).containsExactly("Community Team North");
        assertThat(own.release().responsesBefore()).as("the release's programme totals are not for managers").isZero();
        assertThat(reports.report(account("manager"), DEMO, null, null, "supported living east").team()).isEqualTo("Supported Living East");
        assertThatThrownBy(() -> reports.report(account("manager"), DEMO, null, null, "Acute Ward Two"))
                .isInstanceOf(ReportException.class).hasMessage("You can only see reports for teams you manage.")
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.NOT_ALLOWED);

        assertThat(reports.report(account("ward.manager"), DEMO, null, null, null).team()).isEqualTo("Acute Ward Two");
        assertThatThrownBy(() -> reports.report(account("ward.manager"), DEMO, null, null, "Community Team North"))
                .hasMessage("You can only see reports for teams you manage.");
        // the two demo programmes with Acute Ward Two (the before/after one and the three-wave one), not strengths-pilot
        assertThat(reports.programmesFor(account("ward.manager"))).extracting(Programme::key)
                .containsExactlyInAnyOrder(DEMO, "recovery-follow-up-2025");
        assertThatThrownBy(() -> reports.report(account("ward.manager"), "strengths-pilot", null, null, null))
                .hasMessage("You can only see reports for programmes that include a team you manage.");
        assertThatThrownBy(() -> releases.release(account("manager"), DEMO, null, null, Set.of(), null))
                .hasMessage("Only evaluators and administrators can release figures.");
        assertThatThrownBy(() -> reports.releases(account("manager"), DEMO))
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.NOT_ALLOWED);
    }

    @Test
    void staffAndEditorsSeeNoReports() {
        for (String user : List.of("staff", "editor", "amira.k")) {
            assertThat(reports.programmesFor(account(user))).as(user).isEmpty();
            assertThatThrownBy(() -> reports.report(account(user), DEMO, null, null, null)).as(user)
                    .isInstanceOf(ReportException.class)
                    .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.NOT_ALLOWED);
        }
    }

    @Test
    void unknownProgrammesWavesAndTeamsAreClearErrors() {
        assertThatThrownBy(() -> reports.report(account("evaluator"), "nope", null, null, null)).hasMessage("No programme with the key 'nope'.");
        assertThatThrownBy(() -> reports.report(account("evaluator"), DEMO, "middle", null, null))
                .hasMessage("This programme has no wave 'middle'. Its waves are: before, after.");
        assertThatThrownBy(() -> reports.report(account("evaluator"), DEMO, "after", "before", null))
                .hasMessage("The before wave ('after') must come earlier than the after wave ('before').");
        assertThatThrownBy(() -> reports.report(account("evaluator"), DEMO, "after", "after", null)).hasMessage("Choose two different waves to compare.");
        assertThatThrownBy(() -> reports.report(account("evaluator"), DEMO, null, null, "Nowhere Team"))
                .hasMessage("This programme has no team called 'Nowhere Team'.");
        assertThatThrownBy(() -> reports.report(account("evaluator"), DEMO, null, null, null, 7))
                .hasMessage("There is no release 7 of these surveys; the latest is release 1.");
    }

    @Test
    void nothingIsShownFromAWaveThatIsStillOpen() {
        // the demo pilot's before wave is open now
        assertThatThrownBy(() -> reports.report(account("evaluator"), "strengths-pilot", null, null, null))
                .isInstanceOf(ReportException.class).hasMessageContaining("No figures have been released yet")
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> reports.report(account("manager"), "strengths-pilot", null, null, null))
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> releases.release(account("evaluator"), "strengths-pilot", null, null, Set.of(), null))
                .isInstanceOf(ReportException.class).hasMessageContaining("survey is open until")
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.CONFLICT);
        ReleaseService.ReleaseStatus status = releases.status(account("evaluator"), "strengths-pilot", null, null);
        assertThat(status.canRelease()).isFalse();
        assertThat(status.latest()).isNull();
    }

    @Test
    void aReleaseIsMadeOnceAndAnotherOnlyForEnoughNewPeople() {
        List<String> teams = List.of("Release Alpha", "Release Bravo");
        ReportFixtures.released(account("evaluator"), programmes, responseImport, releases, "report-again", teams, new int[]{12, 9}, 3);
        assertThatThrownBy(() -> releases.release(account("evaluator"), "report-again", null, null, Set.of(), null))
                .hasMessage("Nothing new to release: no responses have arrived since release 1.")
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.CONFLICT);
        // two late paper answers: fewer than five new people
        ReportFixtures.importAnswers(account("evaluator"), programmes, responseImport, "report-again", teams, new int[]{2, 0}, 4, List.of("before", "after"), "late");
        ReleaseService.ReleaseStatus status = releases.status(account("evaluator"), "report-again", null, null);
        assertThat(status.newResponses()).isEqualTo(4);
        assertThat(status.newPeople()).isEqualTo(2);
        assertThatThrownBy(() -> releases.release(account("evaluator"), "report-again", null, null, Set.of(), null))
                .hasMessageContaining("2 people's responses have arrived since release 1. A new release needs at least 5 new people");
        // six more (8 new people): a second release; team Alpha changed by 2 + 1 = 3 people only
        ReportFixtures.importAnswers(account("evaluator"), programmes, responseImport, "report-again", teams, new int[]{1, 5}, 5, List.of("before", "after"), "later");
        ReleaseInfo second = releases.release(account("evaluator"), "report-again", null, null, Set.of(), null);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.previousVersion()).isEqualTo(1);
        assertThat(second.newResponses()).isEqualTo(16);
        Report latest = reports.report(account("evaluator"), "report-again", null, null, null);
        assertThat(latest.release().version()).isEqualTo(2);
        GroupReport alpha = latest.teams().getFirst();
        assertThat(theme(alpha, "hope").change().hidden()).isEqualTo(Hidden.SINCE_EARLIER_RELEASE);
        // otherwise new total − new Bravo − Alpha in release 1 = Alpha's three new people
        assertThat(theme(latest.teams().get(1), "hope").change().hidden()).isEqualTo(Hidden.SINCE_EARLIER_RELEASE);
        assertThat(theme(latest.overall(), "hope").change().stats().pairs()).isEqualTo(29);
        Report first = reports.report(account("evaluator"), "report-again", null, null, null, 1);
        assertThat(theme(first.teams().getFirst(), "hope").change().stats().pairs()).isEqualTo(12);
        assertThat(reports.versions(account("evaluator"), "report-again", null, null)).extracting(ReleaseInfo::version).containsExactly(1, 2);
    }

    @Test
    void aSmallTeamIsHiddenAndSoIsAnotherSoItCannotBeWorkedOut() {
        ReportFixtures.released(account("evaluator"), programmes, responseImport, releases, "report-small", List.of("Report Alpha", "Report Bravo", "Report Charlie"),
                new int[]{9, 6, 3}, 11);
        Report report = reports.report(account("evaluator"), "report-small", null, null, null);
        GroupReport alpha = report.teams().get(0);
        GroupReport bravo = report.teams().get(1);
        GroupReport charlie = report.teams().get(2);
        assertThat(charlie.response().matched().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(bravo.response().matched().hidden()).isEqualTo(Hidden.PROTECTS_OTHERS);
        assertThat(alpha.response().matched().value()).isEqualTo(9);
        assertThat(item(charlie, "hope-1").change().stats()).isNull();
        assertThat(item(bravo, "hope-1").change().stats()).isNull();
        assertThat(theme(bravo, "hope").change().hidden()).isEqualTo(Hidden.PROTECTS_OTHERS);
        assertThat(item(report.overall(), "hope-1").change().stats().pairs()).isEqualTo(18);

        Comments comments = report.comments().stream().filter(c -> c.item().key().equals("comments") && c.waveKey().equals("after"))
                .findFirst().orElseThrow();
        assertThat(comments.written()).isEqualTo(18);
        assertThat(comments.quotes()).filteredOn(q -> q.team() != null).extracting(Comments.Quote::team).containsOnly("Report Alpha");
        assertThat(comments.quotes()).filteredOn(q -> q.text().contains("Charlie")).allMatch(q -> q.team() == null).hasSize(3);

        Report onlyCharlie = reports.report(account("evaluator"), "report-small", null, null, "Report Charlie");
        assertThat(onlyCharlie.overall().suppressed()).isTrue();
        assertThat(onlyCharlie.comments()).filteredOn(c -> c.waveKey().equals("after") && c.item().key().equals("comments"))
                .singleElement().satisfies(c -> assertThat(c.hidden()).isEqualTo(Hidden.TOO_FEW));
    }

    @Test
    void theEvaluatorCanRemoveAWrittenAnswerBeforeRelease() {
        List<String> teams = List.of("Comment Alpha", "Comment Bravo");
        ReportFixtures.programme(account("evaluator"), programmes, responseImport, "report-comments", teams, new int[]{7, 8}, 13);
        List<ReleaseService.PendingComment> pending = releases.pendingComments(account("evaluator"), "report-comments", null, null);
        assertThat(pending).hasSize(15);
        ReleaseService.PendingComment named = pending.stream().filter(c -> c.text().equals("Comment from Comment Bravo number 4"))
                .findFirst().orElseThrow();
        Set<String> reviewed = pending.stream().map(ReleaseService.PendingComment::id).collect(java.util.stream.Collectors.toSet());
        releases.release(account("evaluator"), "report-comments", null, null, Set.of(named.id()), reviewed);
        Comments after = reports.report(account("evaluator"), "report-comments", null, null, null).comments().stream()
                .filter(c -> c.item().key().equals("comments") && c.waveKey().equals("after")).findFirst().orElseThrow();
        assertThat(after.quotes()).hasSize(14).extracting(Comments.Quote::text).doesNotContain(named.text());
        assertThat(after.removed()).isEqualTo(1);
        assertThat(after.written()).isEqualTo(15);
    }

    @Test
    void theLearningLinkComparesPeopleWhoCompletedTrainingWithThoseWhoDidNot() {
        // 12 answered in Lantern and 5 on paper: the paper group (everyone − the two linked groups) must reach 5 too
        ReportFixtures.programme(account("evaluator"), programmes, responseImport, "report-learning", List.of("Report Learning Team"), new int[]{17}, 5);
        Programme programme = programmes.programme("report-learning").orElseThrow();
        List<Long> participants = db.select(PARTICIPANT.ID).from(PARTICIPANT).where(PARTICIPANT.PROGRAMME_ID.eq(programme.id()))
                .orderBy(PARTICIPANT.CODE).fetch(PARTICIPANT.ID);
        OffsetDateTime beforeClose = programme.waves().get(1).closes().atStartOfDay().atOffset(ZoneOffset.UTC).minusDays(10);
        // as if 12 of them had answered in Lantern: linked to accounts with the pseudonym key
        for (int i = 0; i < 12; i++) {
            long account = people.createAccount(new NewAccount("report.learner" + i, "Learner " + i, "a-long-password",
                    EnumSet.of(Role.STAFF), Set.of(), Set.of())).id();
            db.update(PARTICIPANT).set(PARTICIPANT.LINK, key.link(programme.id(), account))
                    .where(PARTICIPANT.ID.eq(participants.get(i))).execute();
            if (i < 6) {
                db.insertInto(MODULE_COMPLETION, MODULE_COMPLETION.ACCOUNT_ID, MODULE_COMPLETION.MODULE_KEY,
                                MODULE_COMPLETION.MODULE_TITLE, MODULE_COMPLETION.MINUTES, MODULE_COMPLETION.COMPLETED_AT)
                        .values(account, "positive-risk-taking", "Positive risk-taking", 60, beforeClose).execute();
            } else if (i == 11) {
                // completed only after the after survey closed: counts as not completed
                db.insertInto(MODULE_COMPLETION, MODULE_COMPLETION.ACCOUNT_ID, MODULE_COMPLETION.MODULE_KEY,
                                MODULE_COMPLETION.MODULE_TITLE, MODULE_COMPLETION.MINUTES, MODULE_COMPLETION.COMPLETED_AT)
                        .values(account, "positive-risk-taking", "Positive risk-taking", 60, beforeClose.plusDays(40)).execute();
            }
        }
        releases.release(account("evaluator"), "report-learning", null, null, Set.of(), null);
        LearningLink link = reports.report(account("evaluator"), "report-learning", null, null, null).learningLink();
        assertThat(link.completedPeople().value()).isEqualTo(6);
        assertThat(link.notCompletedPeople().value()).isEqualTo(6);
        assertThat(link.shown()).isTrue();
        LearningLink.Row all = link.rows().getFirst();
        assertThat(all.label()).isEqualTo("All questions");
        assertThat(all.completed().pairs()).isEqualTo(6);
        assertThat(all.difference()).isCloseTo(all.completed().meanChange() - all.notCompleted().meanChange(), within(1e-12));
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
