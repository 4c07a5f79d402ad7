package org.lantern.reports;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.audit.AuditEntry;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditFilter;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.jooq.exception.DataAccessException;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.ANALYSIS_PLAN;

/**
 * The pre-registered analysis plan: saved and changed as a draft, locked for good, refused once the first follow-up
 * wave has opened (by the application clock, pinned here), audited; and the report leading with its primary outcome.
 */
@LanternTest
@Transactional
class AnalysisPlansTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    /** The fixtures' after wave opens 150 days after they start. */
    private static final LocalDate AFTER_OPENS = ReportFixtures.START.plusDays(150);

    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    ReleaseService releases;
    @Autowired
    ReportService reports;
    @Autowired
    PeopleService people;
    @Autowired
    AnalysisPlanRepository repository;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext db;

    private AnalysisPlans on(LocalDate day) {
        return new AnalysisPlans(programmes, repository, audit, Clock.fixed(day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private void programme(String key, int[] sizes) {
        ReportFixtures.programme(account("evaluator"), programmes, responseImport, key, List.of(key + " One", key + " Two"), sizes, 7);
    }

    private static AnalysisPlan.Draft draft(String theme, String test, double alpha, double minimum) {
        return new AnalysisPlan.Draft("after", theme, test, alpha, minimum, "Hope is what the course aims at.");
    }

    @Test
    void aDraftCanBeChangedUntilLockedAndNeverAfter() {
        programme("plan-lock", new int[]{6, 6});
        AnalysisPlans plans = on(AFTER_OPENS.minusDays(10));
        Account evaluator = account("evaluator");

        AnalysisPlan first = plans.save(evaluator, "plan-lock", draft("goals", "wilcoxon", 0.01, 0.5));
        assertThat(first.locked()).isFalse();
        assertThat(first.theme()).isEqualTo("goals");
        AnalysisPlan changed = plans.save(evaluator, "plan-lock", draft("hope", "paired-t", 0.05, 0.3));
        assertThat(changed).extracting(AnalysisPlan::theme, AnalysisPlan::test, AnalysisPlan::alpha, AnalysisPlan::minimumChange)
                .containsExactly("hope", PlanTest.PAIRED_T, 0.05, 0.3);
        assertThat(plans.state(evaluator, "plan-lock").editable()).isTrue();

        AnalysisPlan locked = plans.lock(account("admin"), "plan-lock");
        assertThat(locked.locked()).isTrue();
        assertThat(locked.lockedByRole()).isEqualTo("administrator");
        assertThat(locked.theme()).isEqualTo("hope");

        assertThatThrownBy(() -> plans.save(evaluator, "plan-lock", draft("goals", "paired-t", 0.05, 0.3)))
                .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFLICT))
                .hasMessageContaining("locked on").hasMessageContaining("can no longer be changed");
        assertThatThrownBy(() -> plans.lock(evaluator, "plan-lock")).isInstanceOf(ReportException.class)
                .hasMessageContaining("can no longer be changed");
        assertThat(plans.state(evaluator, "plan-lock").editable()).isFalse();
        assertThat(plans.state(evaluator, "plan-lock").plan().theme()).as("nothing changed").isEqualTo("hope");
        // not even by going round the service
        long id = programmes.programme("plan-lock").orElseThrow().id();
        assertThatThrownBy(() -> db.update(ANALYSIS_PLAN).set(ANALYSIS_PLAN.ALPHA, 0.1).where(ANALYSIS_PLAN.PROGRAMME_ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed");
    }

    @Test
    void nothingCanBeMadeChangedOrLockedOnceTheFollowUpWaveHasOpened() {
        programme("plan-late", new int[]{6, 6});
        Account evaluator = account("evaluator");
        on(AFTER_OPENS.minusDays(1)).save(evaluator, "plan-late", draft("hope", "paired-t", 0.05, 0.3));

        AnalysisPlans opened = on(AFTER_OPENS);
        assertThatThrownBy(() -> opened.save(evaluator, "plan-late", draft("goals", "paired-t", 0.05, 0.3)))
                .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFLICT))
                .hasMessageContaining("The after wave opened on " + ReportFormat.date(AFTER_OPENS));
        assertThatThrownBy(() -> opened.lock(evaluator, "plan-late")).isInstanceOf(ReportException.class)
                .hasMessageContaining("opened on");
        assertThat(opened.state(evaluator, "plan-late").editable()).isFalse();
        assertThat(opened.state(evaluator, "plan-late").plan()).extracting(AnalysisPlan::theme, AnalysisPlan::locked)
                .containsExactly("hope", false);

        programme("plan-none", new int[]{6, 6});
        assertThatThrownBy(() -> on(AFTER_OPENS.plusDays(30)).save(evaluator, "plan-none", draft("hope", "paired-t", 0.05, 0.3)))
                .hasMessageContaining("opened on");
        assertThat(repository.find(programmes.programme("plan-none").orElseThrow().id())).isEmpty();

        // an unlocked draft is not a plan: the report says there is none
        releases.release(evaluator, "plan-late", null, null, Set.of(), null);
        PrimaryOutcome outcome = reports.report(evaluator, "plan-late", null, null, null).primaryOutcome();
        assertThat(outcome.status()).isEqualTo(PrimaryOutcome.Status.NO_PLAN);
        assertThat(outcome.summary()).startsWith("No analysis plan was locked for this programme");
    }

    @Test
    void badInputIsRefusedWithAPlainMessageAndSavesNothing() {
        programme("plan-bad", new int[]{6, 6});
        AnalysisPlans plans = on(AFTER_OPENS.minusDays(10));
        Account evaluator = account("evaluator");
        assertThatThrownBy(() -> plans.save(evaluator, "plan-bad", draft("kindness", "paired-t", 0.05, 0.3)))
                .hasMessageContaining("no theme 'kindness'").hasMessageContaining("hope (Hope and belief in recovery for all)");
        assertThatThrownBy(() -> plans.save(evaluator, "plan-bad", draft("hope", "anova", 0.05, 0.3)))
                .hasMessageContaining("'paired-t'");
        assertThatThrownBy(() -> plans.save(evaluator, "plan-bad", draft("hope", "paired-t", 0.5, 0.3)))
                .hasMessageContaining("from 0.001 to 0.2");
        assertThatThrownBy(() -> plans.save(evaluator, "plan-bad", draft("hope", "paired-t", 0.05, 0)))
                .hasMessageContaining("more than 0 and at most 4");
        assertThatThrownBy(() -> plans.save(evaluator, "plan-bad", new AnalysisPlan.Draft("before", "hope", "paired-t", 0.05, 0.3, null)))
                .hasMessageContaining("follow-up wave");
        assertThatThrownBy(() -> plans.lock(evaluator, "plan-bad")).hasMessageContaining("no analysis plan to lock");
        assertThatThrownBy(() -> plans.save(account("manager"), "plan-bad", draft("hope", "paired-t", 0.05, 0.3)))
                .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.NOT_ALLOWED));
        assertThat(repository.find(programmes.programme("plan-bad").orElseThrow().id())).isEmpty();
    }

    @Test
    void savingAndLockingAreInTheAuditTrail() {
        programme("plan-audit", new int[]{6, 6});
        AnalysisPlans plans = on(AFTER_OPENS.minusDays(3));
        plans.save(account("evaluator"), "plan-audit", draft("hope", "wilcoxon", 0.05, 0.25));
        plans.lock(account("evaluator"), "plan-audit");
        List<String> details = audit.search(account("admin"), new AuditFilter("evaluator", AuditEventType.ANALYSIS_PLAN, null, null), 0, 500)
                .stream().map(AuditEntry::detail).filter(d -> d.contains("programme plan-audit,")).toList();
        assertThat(details).containsExactlyInAnyOrder(
                "Analysis plan saved: programme plan-audit, primary theme hope, wilcoxon, alpha 0.05, minimum change 0.25, first wave to after",
                "Analysis plan locked: programme plan-audit, primary theme hope, wilcoxon, alpha 0.05, minimum change 0.25, first wave to after");
    }

    @Test
    void theReportLeadsWithTheLockedPrimaryOutcomeAndMarksTheRestExploratory() {
        programme("plan-report", new int[]{9, 8});
        on(AFTER_OPENS.minusDays(20)).saveAndLock(account("evaluator"), "plan-report", draft("hope", "wilcoxon", 0.05, 0.3));
        releases.release(account("evaluator"), "plan-report", null, null, Set.of(), null);

        Report report = reports.report(account("evaluator"), "plan-report", null, null, null);
        PrimaryOutcome outcome = report.primaryOutcome();
        PairedComparison hope = report.overall().themes().stream().filter(t -> t.theme().key().equals("hope")).findFirst()
                .orElseThrow().change().stats();
        assertThat(outcome.status()).isEqualTo(PrimaryOutcome.Status.RESULT);
        assertThat(outcome.group()).isEqualTo("All teams");
        assertThat(outcome.pairs()).isEqualTo(hope.pairs());
        assertThat(outcome.meanChange()).isEqualTo(hope.meanChange());
        assertThat(outcome.p()).as("the plan's test, not the t-test").isEqualTo(hope.wilcoxonP()).isNotEqualTo(hope.tP());
        assertThat(outcome.belowAlpha()).isEqualTo(hope.wilcoxonP() < 0.05);
        assertThat(outcome.reachesMinimum()).isEqualTo(hope.meanChange() >= 0.3);
        assertThat(outcome.summary()).contains("Primary outcome, chosen in advance (locked on "
                        + ReportFormat.date(AFTER_OPENS.minusDays(20)) + " by an evaluator)")
                .contains("Wilcoxon signed-rank test, alpha 0.05, minimum meaningful change 0.3 points")
                .contains(outcome.belowAlpha() ? "below the planned alpha of 0.05: the change is statistically significant"
                        : "not below the planned alpha of 0.05: the change could be due to chance")
                .contains(outcome.reachesMinimum() ? "The change reaches the minimum" : "The change does not reach the minimum")
                .endsWith("Every other figure in this report is exploratory.");
        assertThat(ReportMethod.notes(report)).anySatisfy(n -> assertThat(n).startsWith("Analysis plan: the primary outcome was "
                + "chosen and locked on " + ReportFormat.date(AFTER_OPENS.minusDays(20)) + " by an evaluator"));

        List<org.apache.commons.csv.CSVRecord> rows = csvRows(report);
        assertThat(rows.stream().filter(r -> r.get("analysis").equals("primary")).toList()).singleElement()
                .satisfies(r -> assertThat(List.of(r.get("team"), r.get("level"), r.get("key"))).containsExactly("All teams", "theme", "hope"));
        assertThat(rows.stream().filter(r -> !r.get("analysis").equals("primary")))
                .allSatisfy(r -> assertThat(r.get("analysis")).isEqualTo("exploratory"));

        // a team's report judges the team's own figures
        Report team = reports.report(account("evaluator"), "plan-report", null, null, "plan-report One");
        assertThat(team.primaryOutcome().group()).isEqualTo("plan-report One");
    }

    @Test
    void aReportOfAProgrammeWithoutAPlanSaysSo() {
        programme("plan-absent", new int[]{6, 6});
        releases.release(account("evaluator"), "plan-absent", null, null, Set.of(), null);
        Report report = reports.report(account("evaluator"), "plan-absent", null, null, null);
        assertThat(report.plan()).isNull();
        assertThat(report.primaryOutcome().applies()).isFalse();
        assertThat(ReportMethod.notes(report)).anySatisfy(n -> assertThat(n).startsWith("Analysis plan: none was locked"));
        assertThat(csvRows(report)).allSatisfy(r -> assertThat(r.get("analysis")).isEqualTo("exploratory"));
    }

    private static List<org.apache.commons.csv.CSVRecord> csvRows(Report report) {
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new String(ReportCsv.write(report), StandardCharsets.UTF_8)))) {
            assertThat(parser.getHeaderNames()).contains("analysis");
            return parser.getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
