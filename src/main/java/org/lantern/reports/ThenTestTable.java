package org.lantern.reports;

import org.lantern.reports.stats.PairedComparison;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The then-test figures as table rows, the same on the page, in the PDF and the workbook (one row per theme, then per
 * question, of the report's group), and as the CSV's last columns (filled on the theme and question rows of the
 * report's group).
 */
public final class ThenTestTable {

    public static final String TITLE = "Looking back (then-test): the change as people judge it after the training";
    public static final List<String> HEADERS = List.of("Theme or question", "People", "Before: mean", "Then-test: mean",
            "After: mean", "Then-test → after: change", "95% CI", "t-test p", "Wilcoxon p", "d_z", "Before → after: change",
            "95% CI", "t-test p", "Wilcoxon p", "d_z", "Response shift (then-test − before)", "95% CI", "t-test p");
    /** The CSV's columns, after every other. */
    static final List<String> CSV = List.of("then_test_n", "then_test_questions", "then_test_before_mean", "then_test_mean",
            "then_test_after_mean", "then_vs_post_mean_change", "then_vs_post_sd_change", "then_vs_post_ci_low",
            "then_vs_post_ci_high", "then_vs_post_t_p", "then_vs_post_wilcoxon_p", "then_vs_post_d_z", "pre_vs_post_mean_change",
            "pre_vs_post_ci_low", "pre_vs_post_ci_high", "pre_vs_post_t_p", "pre_vs_post_wilcoxon_p", "pre_vs_post_d_z",
            "response_shift", "response_shift_ci_low", "response_shift_ci_high", "response_shift_t_p", "response_shift_wilcoxon_p",
            "response_shift_d_z", "then_test_reason");

    private ThenTestTable() {
    }

    /** Each theme, then each question, of the report's then-test: its label, then its cells (hidden ones as their label). */
    public static List<List<String>> rows(Report report) {
        ThenTestFigures figures = report.thenTest();
        List<List<String>> rows = new ArrayList<>();
        if (figures == null) {
            return rows;
        }
        for (ThenTestFigures.Row r : java.util.stream.Stream.concat(figures.themes().stream(), figures.items().stream()).toList()) {
            List<String> row = new ArrayList<>(List.of(r.theme() == null ? r.label() : r.key() + ": " + r.label()));
            if (r.hidden() != null) {
                row.addAll(Collections.nCopies(HEADERS.size() - 1, report.label(r.hidden())));
            } else {
                PairedComparison then = r.thenVsAfter();
                PairedComparison prePost = r.beforeVsAfter();
                PairedComparison shift = r.responseShift();
                row.addAll(List.of(String.valueOf(then.pairs()), ReportFormat.number(prePost.beforeMean()),
                        ReportFormat.number(then.beforeMean()), ReportFormat.number(then.afterMean())));
                comparison(row, then, true);
                comparison(row, prePost, true);
                comparison(row, shift, false);
            }
            rows.add(row);
        }
        return rows;
    }

    private static void comparison(List<String> row, PairedComparison c, boolean full) {
        row.add(ReportFormat.signed(c.meanChange()));
        row.add(c.ciLow() == null ? "–" : ReportFormat.signed(c.ciLow()) + " to " + ReportFormat.signed(c.ciHigh()));
        row.add(ReportFormat.p(c.tP()));
        if (full) {
            row.add(ReportFormat.p(c.wilcoxonP()));
            row.add(ReportFormat.signed(c.dz()));
        }
    }

    /** A theme or question row's CSV cells of the report's group (plain numbers, empty when hidden, then the reason). */
    static List<String> csv(Report report, GroupReport group, String level, String key) {
        ThenTestFigures figures = group == report.overall() ? report.thenTest() : null;
        ThenTestFigures.Row r = figures == null ? null : level.equals("theme") ? figures.theme(key) : level.equals("item")
                ? figures.item(key) : null;
        if (r == null || r.hidden() != null) {
            List<String> empty = new ArrayList<>(Collections.nCopies(CSV.size() - 1, ""));
            empty.add(r == null ? "" : r.hidden().code());
            return empty;
        }
        PairedComparison then = r.thenVsAfter();
        PairedComparison prePost = r.beforeVsAfter();
        PairedComparison shift = r.responseShift();
        List<String> cells = new ArrayList<>(List.of(String.valueOf(then.pairs()), String.valueOf(r.questions()),
                ReportFormat.data(prePost.beforeMean()), ReportFormat.data(then.beforeMean()), ReportFormat.data(then.afterMean()),
                ReportFormat.data(then.meanChange()), ReportFormat.data(then.sdChange())));
        for (PairedComparison c : List.of(then, prePost, shift)) {
            if (c != then) {
                cells.add(ReportFormat.data(c.meanChange()));
            }
            cells.addAll(List.of(ReportFormat.data(c.ciLow()), ReportFormat.data(c.ciHigh()), ReportFormat.data(c.tP()),
                    ReportFormat.data(c.wilcoxonP()), ReportFormat.data(c.dz())));
        }
        cells.add("");
        return cells;
    }

    /** A CSV row of any other kind, with the then-test's columns empty. */
    static List<String> padded(List<String> row) {
        List<String> all = new ArrayList<>(row);
        CSV.forEach(c -> all.add(""));
        return all;
    }
}
