package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.Friedman;
import org.lantern.reports.stats.PairedComparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.lantern.base.export.CsvCells.guard;

/**
 * The trend over all waves in the tidy CSV: extra columns at the end (empty on the pair's rows), and one row per theme or
 * question × wave × population ({@code trend_population} "cohort", people who answered every wave, or "everyone" who
 * answered that wave), level {@code trend-theme} or {@code trend-item}. On cohort rows of later waves the change from the
 * baseline and its tests (Holm-adjusted within the theme or question); the Friedman test and Kendall's W on every cohort row.
 */
final class ReportCsvTrend {

    static final List<String> COLUMNS = List.of("trend_population", "trend_wave", "trend_wave_order", "trend_n", "trend_mean",
            "trend_ci_low", "trend_ci_high", "trend_mean_change", "trend_change_ci_low", "trend_change_ci_high", "trend_t_p",
            "trend_wilcoxon_p", "trend_holm_t_p", "trend_holm_wilcoxon_p", "friedman_chi_square", "friedman_df", "friedman_p",
            "kendall_w");

    private ReportCsvTrend() {
    }

    /** A row of the pair's figures, with the trend's columns empty. */
    static List<String> padded(List<String> row) {
        List<String> all = new ArrayList<>(row);
        COLUMNS.forEach(c -> all.add(""));
        return all;
    }

    /** The trend's rows of the report's group, or none. */
    static List<List<String>> rows(Report report, List<String> header) {
        TrendFigures trend = report.trend();
        List<List<String>> rows = new ArrayList<>();
        if (trend == null) {
            return rows;
        }
        for (boolean themes : new boolean[]{true, false}) {
            for (TrendFigures.Row r : themes ? trend.themes() : trend.items()) {
                for (int w = 0; w < trend.waves().size(); w++) {
                    rows.add(cohort(report, header, trend, r, w, themes));
                    WaveFigures everyone = r.everyone().get(w);
                    String[] row = start(report, header, trend, r, w, themes, "everyone", everyone.hidden());
                    wave(row, header, everyone.hidden() == null ? everyone.stats() : null);
                    rows.add(Arrays.asList(row));
                }
            }
        }
        return rows;
    }

    private static List<String> cohort(Report report, List<String> header, TrendFigures trend, TrendFigures.Row r, int w,
                                       boolean theme) {
        String[] row = start(report, header, trend, r, w, theme, "cohort", r.cohortHidden());
        if (!r.cohortShown()) {
            return Arrays.asList(row);
        }
        wave(row, header, r.cohort().get(w));
        if (w > 0) {
            TrendFigures.Change c = r.vsBaseline().get(w - 1);
            PairedComparison s = c.stats();
            set(row, header, "trend_mean_change", ReportFormat.data(s.meanChange()));
            set(row, header, "trend_change_ci_low", ReportFormat.data(s.ciLow()));
            set(row, header, "trend_change_ci_high", ReportFormat.data(s.ciHigh()));
            set(row, header, "trend_t_p", ReportFormat.data(s.tP()));
            set(row, header, "trend_wilcoxon_p", ReportFormat.data(s.wilcoxonP()));
            set(row, header, "trend_holm_t_p", ReportFormat.data(c.holmTP()));
            set(row, header, "trend_holm_wilcoxon_p", ReportFormat.data(c.holmWilcoxonP()));
        }
        Friedman.Result f = r.friedman();
        if (f != null) {
            set(row, header, "friedman_chi_square", ReportFormat.data(f.chiSquare()));
            set(row, header, "friedman_df", String.valueOf(f.df()));
            set(row, header, "friedman_p", ReportFormat.data(f.p()));
            set(row, header, "kendall_w", ReportFormat.data(f.kendallW()));
        }
        return Arrays.asList(row);
    }

    private static String[] start(Report report, List<String> header, TrendFigures trend, TrendFigures.Row r, int w, boolean theme,
                                  String population, @Nullable Hidden hidden) {
        String[] row = new String[header.size()];
        Arrays.fill(row, "");
        set(row, header, "programme", guard(report.programme().key()));
        set(row, header, "before_wave", guard(report.before().key()));
        set(row, header, "after_wave", guard(report.after().key()));
        set(row, header, "release", String.valueOf(report.release().version()));
        set(row, header, "team", guard(report.team() == null ? report.overall().label() : report.team()));
        set(row, header, "level", theme ? "trend-theme" : "trend-item");
        set(row, header, "key", guard(r.key()));
        set(row, header, "theme", guard(theme ? r.key() : r.theme() == null ? "" : r.theme()));
        set(row, header, "question", guard(r.label()));
        set(row, header, "suppressed", hidden == null ? "false" : "true");
        set(row, header, "suppressed_reason", hidden == null ? "" : hidden.code());
        // the trend is never the pre-registered primary outcome, which compares one pair of waves
        set(row, header, "analysis", "exploratory");
        set(row, header, "trend_population", population);
        set(row, header, "trend_wave", guard(trend.waves().get(w)));
        set(row, header, "trend_wave_order", String.valueOf(w + 1));
        return row;
    }

    private static void wave(String[] row, List<String> header, @Nullable Descriptive d) {
        if (d != null) {
            set(row, header, "trend_n", String.valueOf(d.n()));
            set(row, header, "trend_mean", ReportFormat.data(d.mean()));
            set(row, header, "trend_ci_low", ReportFormat.data(d.ciLow()));
            set(row, header, "trend_ci_high", ReportFormat.data(d.ciHigh()));
        }
    }

    private static void set(String[] row, List<String> header, String column, String value) {
        row[header.indexOf(column)] = value;
    }
}
