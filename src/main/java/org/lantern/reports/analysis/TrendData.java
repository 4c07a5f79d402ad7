package org.lantern.reports.analysis;

import org.lantern.reports.Hidden;
import org.lantern.reports.Report;
import org.lantern.reports.ReportTrend;
import org.lantern.reports.TrendFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.Friedman;
import org.lantern.reports.stats.PairedComparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.lantern.reports.analysis.AnalysisColumns.DOES_NOT_APPLY;
import static org.lantern.reports.analysis.AnalysisColumns.NOT_COMPUTABLE;
import static org.lantern.reports.analysis.AnalysisColumns.QUESTION;
import static org.lantern.reports.analysis.AnalysisColumns.SHOWN;
import static org.lantern.reports.analysis.AnalysisColumns.THEME;
import static org.lantern.reports.analysis.AnalysisColumns.codes;
import static org.lantern.reports.analysis.AnalysisColumns.coded;
import static org.lantern.reports.analysis.AnalysisColumns.decimal;
import static org.lantern.reports.analysis.AnalysisColumns.integer;
import static org.lantern.reports.analysis.AnalysisColumns.text;

/**
 * The trend over all waves (three or more) as a table of its own: one row per theme or question × population × wave,
 * long rather than wide, so that the wave is a factor an analyst can plot or model against. Populations: the cohort
 * (people who answered every wave; its change from the baseline and the Friedman test on its rows) and everyone who
 * answered each wave (means only: different people at different waves). Every figure here is exploratory.
 */
final class TrendData {

    static final int COHORT = 1;
    static final int EVERYONE = 2;

    private TrendData() {
    }

    /** The report's trend as a table, or nothing when the release has none. */
    static Optional<AnalysisTable> of(Report report, AnalysisTable main, String dataFile) {
        TrendFigures trend = report.trend();
        if (trend == null) {
            return Optional.empty();
        }
        List<Variable> variables = variables(report, trend, main.questions());
        List<String> names = variables.stream().map(Variable::name).toList();
        String team = report.team() == null ? report.overall().label() : report.team();
        List<List<String>> rows = new ArrayList<>();
        for (int level : List.of(THEME, QUESTION)) {
            for (TrendFigures.Row r : level == THEME ? trend.themes() : trend.items()) {
                for (int population : List.of(COHORT, EVERYONE)) {
                    for (int w = 0; w < trend.waves().size(); w++) {
                        Map<String, String> row = AnalysisColumns.row(report, team);
                        row.put("level", String.valueOf(level));
                        row.put("measure", String.valueOf(AnalysisColumns.measure(main.questions(), level, r.key())));
                        row.put("key", AnalysisData.cell(r.key()));
                        row.put("theme", AnalysisData.cell(level == THEME ? r.key() : r.theme()));
                        row.put("text", AnalysisData.cell(r.label()));
                        row.put("population", String.valueOf(population));
                        row.put("wave", String.valueOf(w + 1));
                        if (population == COHORT) {
                            cohort(row, r, w);
                        } else {
                            WaveFigures everyone = r.everyone().get(w);
                            AnalysisData.wave(row, everyone);
                            row.put("change_status", String.valueOf(DOES_NOT_APPLY));
                            row.put("friedman_status", String.valueOf(DOES_NOT_APPLY));
                        }
                        rows.add(AnalysisData.ordered(row, names));
                    }
                }
            }
        }
        return Optional.of(new AnalysisTable(report.programme().title() + ": release " + report.release().version()
                + ", trend over all waves (exploratory)", dataFile, AnalysisData.widths(variables, rows), List.copyOf(rows),
                main.questions(), "lantern_trend"));
    }

    private static void cohort(Map<String, String> row, TrendFigures.Row r, int w) {
        Hidden hidden = r.cohortHidden();
        AnalysisData.wave(row, new WaveFigures(hidden == null ? r.cohort().get(w) : null, hidden));
        row.put("change_status", String.valueOf(w == 0 ? DOES_NOT_APPLY : hidden != null ? AnalysisData.hiddenCode(hidden)
                : change(row, r.vsBaseline().get(w - 1))));
        Friedman.Result f = r.friedman();
        row.put("friedman_status", String.valueOf(hidden != null ? AnalysisData.hiddenCode(hidden) : f == null ? NOT_COMPUTABLE : SHOWN));
        if (hidden == null && f != null) {
            AnalysisData.put(row, "friedman_chi_square", f.chiSquare());
            row.put("friedman_df", String.valueOf(f.df()));
            AnalysisData.put(row, "friedman_p", f.p());
            AnalysisData.put(row, "kendall_w", f.kendallW());
        }
    }

    /** The change from the baseline on a cohort row; its status code. */
    private static int change(Map<String, String> row, TrendFigures.Change change) {
        PairedComparison c = change.stats();
        AnalysisData.put(row, "change_mean", c.meanChange());
        AnalysisData.put(row, "change_ci_low", c.ciLow());
        AnalysisData.put(row, "change_ci_high", c.ciHigh());
        AnalysisData.put(row, "t_p", c.tP());
        AnalysisData.put(row, "wilcoxon_p", c.wilcoxonP());
        AnalysisData.put(row, "holm_t_p", change.holmTP());
        AnalysisData.put(row, "holm_wilcoxon_p", change.holmWilcoxonP());
        AnalysisData.put(row, "d_z", c.dz());
        return c.tP() == null && c.wilcoxonP() == null ? NOT_COMPUTABLE : SHOWN;
    }

    private static List<Variable> variables(Report report, TrendFigures trend, List<Question> questions) {
        List<Variable> v = new ArrayList<>(AnalysisColumns.where());
        v.add(coded("level", "Row is about a theme or an agree/disagree question",
                codes(THEME, "Theme", QUESTION, "Agree/disagree question"), List.of()));
        v.add(AnalysisColumns.measure(questions, List.of(THEME, QUESTION)));
        v.add(text("key", "Theme or question key"));
        v.add(text("theme", "Theme the question belongs to (key)"));
        v.add(text("text", "Theme title or question wording"));
        v.add(coded("population", "Who the figures are about", codes(COHORT, "Cohort: people who answered every wave",
                EVERYONE, "Everyone who answered this wave"), List.of()));
        Map<Integer, String> waves = new LinkedHashMap<>();
        for (int w = 0; w < trend.waves().size(); w++) {
            waves.put(w + 1, ReportTrend.wave(trend, w) + " survey");
        }
        v.add(new Variable("wave", "Survey wave, first (baseline) to last", Variable.Kind.INTEGER, Variable.Level.ORDINAL, waves,
                List.of(), 0));
        v.add(integer("n", "People"));
        v.add(decimal("mean", "Mean score"));
        v.add(decimal("sd", "Standard deviation of scores"));
        v.add(decimal("ci_low", "95% CI of the mean: lower end"));
        v.add(decimal("ci_high", "95% CI of the mean: upper end"));
        v.add(decimal("change_mean", "Cohort: mean change from the baseline"));
        v.add(decimal("change_ci_low", "95% CI of the mean change: lower end"));
        v.add(decimal("change_ci_high", "95% CI of the mean change: upper end"));
        v.add(decimal("t_p", "Paired t-test p-value against the baseline (two-sided)"));
        v.add(decimal("wilcoxon_p", "Wilcoxon signed-rank p-value against the baseline (two-sided)"));
        v.add(decimal("holm_t_p", "t-test p, Holm-adjusted across this row's comparisons with the baseline"));
        v.add(decimal("holm_wilcoxon_p", "Wilcoxon p, Holm-adjusted across this row's comparisons with the baseline"));
        v.add(decimal("d_z", "Effect size d_z of the change from the baseline"));
        v.add(coded("change_status", "Change from the baseline: shown, hidden, not computable or does not apply",
                AnalysisColumns.statusCodes(report, "the baseline itself, or everyone (different people at each wave)",
                        "nobody's score changed, or too few pairs"), List.of(DOES_NOT_APPLY)));
        v.add(decimal("friedman_chi_square", "Friedman test across all waves (cohort): chi-square"));
        v.add(integer("friedman_df", "Friedman test: degrees of freedom"));
        v.add(decimal("friedman_p", "Friedman test: p-value"));
        v.add(decimal("kendall_w", "Kendall's W (effect size of the Friedman test)"));
        v.add(coded("friedman_status", "Friedman test: shown, hidden, not computable or does not apply",
                AnalysisColumns.statusCodes(report, "everyone (different people at each wave)", "the scores did not vary"),
                List.of(DOES_NOT_APPLY)));
        v.add(coded("hidden", "Why this row's figures are hidden (0 shown)", AnalysisColumns.hiddenCodes(report, "Shown"), List.of()));
        return v;
    }
}
