package org.lantern.reports;

import org.lantern.reports.stats.PairedComparison;
import org.openpdf.text.pdf.PdfPTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.lantern.reports.ReportPdfTables.cell;
import static org.lantern.reports.ReportPdfTables.head;
import static org.lantern.reports.ReportPdfTables.table;

/** The PDF's trend page tables: the cohort per wave with the Friedman test, its change from the baseline, and everyone per wave. */
final class ReportPdfTrend {

    private ReportPdfTrend() {
    }

    /** The cohort's means per wave, Friedman test and Kendall's W, for themes then questions. */
    static PdfPTable cohort(Report report, TrendFigures trend) {
        int k = trend.waves().size();
        PdfPTable table = table(widths(k + 3));
        List<String> titles = waveTitles("Cohort (answered every survey)", trend);
        titles.addAll(List.of("Friedman test", "Kendall's W"));
        head(table, titles.toArray(String[]::new));
        for (TrendFigures.Row r : rows(trend)) {
            cell(table, r.label());
            if (!r.cohortShown()) {
                hidden(table, report.label(r.cohortHidden()), k + 2);
                continue;
            }
            r.cohort().forEach(d -> cell(table, d.n() + ": " + ReportTrend.meanWithCi(d)));
            cell(table, ReportTrend.friedman(r.friedman()));
            cell(table, r.friedman() == null ? "–" : ReportFormat.number(r.friedman().kendallW()));
        }
        return table;
    }

    /** Each later wave against the baseline on the cohort: mean change (95% CI), t-test and Wilcoxon p with Holm's. */
    static PdfPTable changes(Report report, TrendFigures trend) {
        int k = trend.waves().size();
        PdfPTable table = table(widths(1 + 2 * (k - 1)));
        List<String> titles = new ArrayList<>(List.of("Cohort: change from the baseline"));
        for (int w = 1; w < k; w++) {
            titles.add(ReportTrend.wave(trend, w) + ": mean change (95% CI)");
            titles.add(ReportTrend.wave(trend, w) + ": t-test p (Holm); Wilcoxon p (Holm)");
        }
        head(table, titles.toArray(String[]::new));
        for (TrendFigures.Row r : rows(trend)) {
            cell(table, r.label());
            if (!r.cohortShown()) {
                hidden(table, report.label(r.cohortHidden()), 2 * (k - 1));
                continue;
            }
            for (TrendFigures.Change c : r.vsBaseline()) {
                PairedComparison s = c.stats();
                cell(table, ReportFormat.signed(s.meanChange()) + " (" + ReportFormat.interval(s.ciLow(), s.ciHigh()) + ")");
                cell(table, ReportFormat.p(s.tP()) + " (" + ReportFormat.p(c.holmTP()) + "); " + ReportFormat.p(s.wilcoxonP()) + " ("
                        + ReportFormat.p(c.holmWilcoxonP()) + ")");
            }
        }
        return table;
    }

    /** Everyone who answered each wave: means only. */
    static PdfPTable everyone(Report report, TrendFigures trend) {
        int k = trend.waves().size();
        PdfPTable table = table(widths(k + 1));
        List<String> titles = waveTitles("Everyone who answered that survey (no test)", trend);
        head(table, titles.toArray(String[]::new));
        for (TrendFigures.Row r : trend.themes()) {
            cell(table, r.label());
            for (WaveFigures w : r.everyone()) {
                cell(table, w.hidden() != null ? report.label(w.hidden()) : w.stats().n() + ": " + ReportTrend.meanWithCi(w.stats()));
            }
        }
        return table;
    }

    /** The first column's title, then one column per wave: its people and mean with 95% CI. */
    private static List<String> waveTitles(String first, TrendFigures trend) {
        List<String> titles = new ArrayList<>(List.of(first));
        for (int w = 0; w < trend.waves().size(); w++) {
            titles.add(ReportTrend.wave(trend, w) + ": n, mean (95% CI)");
        }
        return titles;
    }

    private static List<TrendFigures.Row> rows(TrendFigures trend) {
        List<TrendFigures.Row> rows = new ArrayList<>(trend.themes());
        rows.addAll(trend.items());
        return rows;
    }

    private static void hidden(PdfPTable table, String label, int cells) {
        for (int i = 0; i < cells; i++) {
            cell(table, label);
        }
    }

    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        Arrays.fill(widths, 1);
        widths[0] = 2;
        return widths;
    }
}
