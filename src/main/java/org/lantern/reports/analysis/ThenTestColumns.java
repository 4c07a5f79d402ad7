package org.lantern.reports.analysis;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.GroupReport;
import org.lantern.reports.ReportFormat;
import org.lantern.reports.Report;
import org.lantern.reports.ThenTestFigures;
import org.lantern.reports.analysis.Variable.Kind;
import org.lantern.reports.analysis.Variable.Level;
import org.lantern.reports.stats.PairedComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The then-test's columns of the analysis data, after every other: filled on the change rows of the themes and
 * questions of the report's group that have a then-test version; empty everywhere else and when hidden (the report's
 * JSON and CSV say why).
 */
final class ThenTestColumns {

    private ThenTestColumns() {
    }

    static List<Variable> of() {
        List<Variable> v = new ArrayList<>();
        v.add(new Variable("then_test_n", "Then-test: people who answered before, after and the looking-back question(s)", Kind.INTEGER,
                Level.SCALE, Map.of(), List.of(), 0));
        v.add(decimal("then_test_before_mean", "Then-test people: mean before"));
        v.add(decimal("then_test_mean", "Then-test people: mean of the looking-back (then-test) answers"));
        v.add(decimal("then_test_after_mean", "Then-test people: mean after"));
        for (String[] c : List.of(new String[]{"then_vs_post", "Then-test to after"}, new String[]{"pre_vs_post", "Before to after, same people"},
                new String[]{"response_shift", "Response shift (then-test minus before)"})) {
            v.add(decimal(c[0] + "_mean_change", c[1] + ": mean change"));
            v.add(decimal(c[0] + "_ci_low", c[1] + ": 95% CI lower end"));
            v.add(decimal(c[0] + "_ci_high", c[1] + ": 95% CI upper end"));
            v.add(decimal(c[0] + "_t_p", c[1] + ": paired t-test p-value"));
            v.add(decimal(c[0] + "_wilcoxon_p", c[1] + ": Wilcoxon signed-rank p-value"));
            v.add(decimal(c[0] + "_d_z", c[1] + ": effect size d_z"));
        }
        return List.copyOf(v);
    }

    /** Fills a theme's or question's change row of the report's group. */
    static void fill(Map<String, String> row, Report report, GroupReport group, boolean theme, String key, int wave) {
        ThenTestFigures figures = group == report.overall() && wave == AnalysisColumns.CHANGE ? report.thenTest() : null;
        ThenTestFigures.Row r = figures == null ? null : theme ? figures.theme(key) : figures.item(key);
        if (r == null || r.hidden() != null) {
            return;
        }
        row.put("then_test_n", String.valueOf(r.people()));
        put(row, "then_test_before_mean", r.beforeVsAfter().beforeMean());
        put(row, "then_test_mean", r.thenVsAfter().beforeMean());
        put(row, "then_test_after_mean", r.thenVsAfter().afterMean());
        comparison(row, "then_vs_post", r.thenVsAfter());
        comparison(row, "pre_vs_post", r.beforeVsAfter());
        comparison(row, "response_shift", r.responseShift());
    }

    private static void comparison(Map<String, String> row, String prefix, PairedComparison c) {
        put(row, prefix + "_mean_change", c.meanChange());
        put(row, prefix + "_ci_low", c.ciLow());
        put(row, prefix + "_ci_high", c.ciHigh());
        put(row, prefix + "_t_p", c.tP());
        put(row, prefix + "_wilcoxon_p", c.wilcoxonP());
        put(row, prefix + "_d_z", c.dz());
    }

    private static void put(Map<String, String> row, String column, @Nullable Double value) {
        row.put(column, value == null || value.isInfinite() ? "" : ReportFormat.data(value));
    }

    private static Variable decimal(String name, String label) {
        return new Variable(name, label, Kind.DECIMAL, Level.SCALE, Map.of(), List.of(), 0);
    }
}
