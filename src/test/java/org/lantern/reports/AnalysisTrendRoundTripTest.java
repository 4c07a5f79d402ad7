package org.lantern.reports;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternTest;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.reports.analysis.AnalysisData;
import org.lantern.reports.analysis.AnalysisTable;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lantern.reports.ReportFixtures.START;

/**
 * The analysis files of a three-wave release with a locked analysis plan, drop-outs, and enough people for the knowledge
 * questions' discrimination, read back by PSPP and R: the trend table, the attrition table and the main table's
 * primary-outcome and discrimination columns load with Lantern's values, labels and missing codes, and hidden,
 * not computable and does-not-apply stay apart.
 */
@LanternTest
@Transactional
class AnalysisTrendRoundTripTest {

    private static final String KEY = "analysis-trend-round-trip";
    private static final List<String> TEAMS = List.of("Siobhán's Trend Team", "Ward \"Three\"");

    @Autowired
    PeopleService people;
    @Autowired
    ReportService reports;
    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    ReleaseService releases;
    @Autowired
    AnalysisPlanRepository planRepository;
    @Autowired
    AuditService audit;

    @TempDir
    Path folder;

    private Report released() {
        Account evaluator = people.findByUsername("evaluator").orElseThrow();
        programmes.createProgramme(evaluator, new NewProgramme(KEY, "Trend round trip", "recovery-knowledge", TEAMS, List.of(
                new NewProgramme.NewWave("before", START, START.plusDays(20)),
                new NewProgramme.NewWave("middle", START.plusDays(70), START.plusDays(90)),
                new NewProgramme.NewWave("after", START.plusDays(150), START.plusDays(170)))));
        ZoneId zone = ZoneId.systemDefault();
        new AnalysisPlans(programmes, planRepository, audit, Clock.fixed(START.plusDays(40).atTime(10, 0).atZone(zone).toInstant(), zone))
                .saveAndLock(evaluator, KEY, new AnalysisPlan.Draft("after", "hope", "paired-t", 0.05, 0.3, "Hope first."));
        ReportFixtures.importAnswers(evaluator, programmes, responseImport, KEY, TEAMS, new int[]{14, 12}, 23,
                List.of("before", "middle", "after"), "");
        ReportFixtures.importAnswers(evaluator, programmes, responseImport, KEY, TEAMS, new int[]{6, 6}, 29, List.of("before"), "d");
        releases.release(evaluator, KEY, null, null, Set.of(), null);
        return reports.report(evaluator, KEY, null, null, null);
    }

    @Test
    void trendAttritionPlanAndDiscriminationReadBackIntoPsppAndR() throws Exception {
        AnalysisRoundTrip.requireTools();
        Report report = released();
        String name = "report-" + KEY + "-before-after-release-1";
        AnalysisRoundTrip roundTrip = new AnalysisRoundTrip(folder);
        List<String> files = roundTrip.unzip(reports.export(report, ExportFormat.ZIP).content());
        for (String table : List.of("", "-trend", "-attrition")) {
            assertThat(files).contains(name + table + ".csv", name + table + ".sps", name + table + ".R", name + table + ".do");
        }
        List<AnalysisTable> tables = AnalysisData.tables(report, name);
        assertThat(tables).extracting(AnalysisTable::object).containsExactly("lantern", "lantern_trend", "lantern_attrition");
        AnalysisTable main = tables.get(0);
        AnalysisTable trend = tables.get(1);
        AnalysisTable attrition = tables.get(2);

        // the primary outcome: the hope theme's change row of all teams, with the plan and its verdict
        PrimaryOutcome outcome = report.primaryOutcome();
        assertThat(outcome.status()).isEqualTo(PrimaryOutcome.Status.RESULT);
        int primary = IntStream.range(0, main.rows().size()).filter(i -> main.column("analysis").get(i).equals("1")
                && main.column("wave").get(i).equals("3")).boxed().toList().getFirst();
        assertThat(main.column("analysis").stream().filter("1"::equals)).hasSize(3);
        assertThat(main.column("key").get(primary)).isEqualTo("hope");
        assertThat(main.column("team").get(primary)).isEqualTo("All teams");
        assertThat(main.column("plan_test").get(primary)).isEqualTo("1");
        assertThat(main.column("below_alpha").get(primary)).isEqualTo(outcome.belowAlpha() ? "1" : "0");
        assertThat(main.column("reaches_minimum").get(primary)).isEqualTo(outcome.reachesMinimum() ? "1" : "0");
        assertThat(main.column("plan_test").stream().filter("-1"::equals)).hasSize(main.rows().size() - 1);
        // discrimination: shown for all teams' knowledge rows (26 people answered every knowledge question after), does not apply elsewhere
        assertThat(main.column("discrimination_status")).contains("0", "-1");
        assertThat(IntStream.range(0, main.rows().size()).filter(i -> !main.column("team").get(i).equals("All teams"))
                .mapToObj(i -> main.column("discrimination_status").get(i))).containsOnly("-1");

        // the trend: cohort rows carry the Friedman test; baseline and everyone rows say the change does not apply
        assertThat(trend.column("friedman_status")).contains("0", "-1");
        assertThat(trend.column("change_status")).contains("0", "-1");
        TrendFigures.Row hope = report.trend().themes().stream().filter(t -> t.key().equals("hope")).findFirst().orElseThrow();
        int hopeLast = IntStream.range(0, trend.rows().size()).filter(i -> trend.column("key").get(i).equals("hope")
                && trend.column("level").get(i).equals("1") && trend.column("population").get(i).equals("1")
                && trend.column("wave").get(i).equals("3")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(trend.column("friedman_p").get(hopeLast))).isCloseTo(hope.friedman().p(), within(1e-9));
        assertThat(Double.parseDouble(trend.column("change_mean").get(hopeLast)))
                .isCloseTo(hope.vsBaseline().get(1).stats().meanChange(), within(1e-9));

        // attrition: shown, with each team's drop-outs
        assertThat(attrition.column("hidden")).contains("0");
        assertThat(attrition.column("dropouts_n")).contains("6");

        roundTrip.check(main, "", "");
        roundTrip.check(trend, """
                SELECT IF population = 1.
                AGGREGATE OUTFILE=* /BREAK=wave /mean_change=MEAN(change_mean) /rows=NU(change_mean).
                SAVE TRANSLATE /OUTFILE='pspp-summary.csv' /TYPE=CSV /FIELDNAMES /REPLACE.
                """, """
                cohort <- lantern_trend[lantern_trend$population == "Cohort: people who answered every wave", ]
                write.csv(aggregate(cbind(mean_change = change_mean) ~ wave, data = cohort, FUN = mean),
                  "r-summary.csv", row.names = FALSE, fileEncoding = "UTF-8")
                """);
        // the summaries: mean of the cohort's change from the baseline, per later wave
        for (int wave = 2; wave <= 3; wave++) {
            int w = wave;
            double mean = IntStream.range(0, trend.rows().size()).filter(i -> trend.column("population").get(i).equals("1")
                    && trend.column("wave").get(i).equals(String.valueOf(w)) && !trend.column("change_mean").get(i).isEmpty())
                    .mapToDouble(i -> Double.parseDouble(trend.column("change_mean").get(i))).average().orElseThrow();
            CSVRecord pspp = roundTrip.csv("pspp-summary.csv").stream().filter(r -> r.get("wave").strip().equals(String.valueOf(w)))
                    .findFirst().orElseThrow();
            assertThat(Double.parseDouble(pspp.get("mean_change").strip())).isCloseTo(mean, within(1e-6));
            CSVRecord r = roundTrip.csv("r-summary.csv").get(wave - 2);
            assertThat(Double.parseDouble(r.get("mean_change"))).isCloseTo(mean, within(1e-9));
        }
        roundTrip.check(attrition, "", "");
        assertThat(roundTrip.csv("r-data.csv")).extracting(r -> r.get("team")).contains(TEAMS.get(0), TEAMS.get(1));
    }
}
