package org.lantern.reports;

import org.dhatim.fastexcel.Worksheet;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;

import java.util.List;

import static org.lantern.reports.ReportXlsx.header;
import static org.lantern.reports.ReportXlsx.number;

/**
 * The workbook's trend sheet (programmes with three or more waves): per theme, then per question, the cohort (people
 * who answered every wave) at each wave with the change from the baseline, the Friedman test and Kendall's W, then
 * everyone who answered at each wave (means only).
 */
final class ReportXlsxTrend {

    private ReportXlsxTrend() {
    }

    static void trend(Worksheet ws, Report report) {
        TrendFigures trend = report.trend();
        if (trend == null) {
            return;
        }
        header(ws, 0, List.of("Theme or question", "Population", "Wave", "People", "Mean", "95% CI low", "95% CI high",
                "Mean change from baseline", "Change 95% CI low", "Change 95% CI high", "t-test p", "Wilcoxon p", "t-test p, Holm",
                "Wilcoxon p, Holm", "Friedman chi-square", "Friedman df", "Friedman p", "Kendall's W", "Note"));
        ws.width(0, 50);
        ws.width(1, 26);
        ws.width(18, 30);
        int r = 1;
        for (TrendFigures.Row row : concat(trend.themes(), trend.items())) {
            for (int w = 0; w < trend.waves().size(); w++) {
                start(ws, r, row, "Cohort (answered every wave)", ReportTrend.wave(trend, w));
                if (!row.cohortShown()) {
                    ws.value(r, 18, report.label(row.cohortHidden()));
                } else {
                    wave(ws, r, row.cohort().get(w));
                    if (w > 0) {
                        TrendFigures.Change c = row.vsBaseline().get(w - 1);
                        PairedComparison s = c.stats();
                        number(ws, r, 7, s.meanChange());
                        number(ws, r, 8, s.ciLow());
                        number(ws, r, 9, s.ciHigh());
                        number(ws, r, 10, s.tP());
                        number(ws, r, 11, s.wilcoxonP());
                        number(ws, r, 12, c.holmTP());
                        number(ws, r, 13, c.holmWilcoxonP());
                    }
                    if (row.friedman() != null) {
                        number(ws, r, 14, row.friedman().chiSquare());
                        ws.value(r, 15, row.friedman().df());
                        number(ws, r, 16, row.friedman().p());
                        number(ws, r, 17, row.friedman().kendallW());
                    }
                }
                r++;
                WaveFigures everyone = row.everyone().get(w);
                start(ws, r, row, "Everyone who answered this wave", ReportTrend.wave(trend, w));
                if (everyone.hidden() != null) {
                    ws.value(r, 18, report.label(everyone.hidden()));
                } else {
                    wave(ws, r, everyone.stats());
                }
                r++;
            }
        }
    }

    private static List<TrendFigures.Row> concat(List<TrendFigures.Row> a, List<TrendFigures.Row> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void start(Worksheet ws, int r, TrendFigures.Row row, String population, String wave) {
        ws.value(r, 0, row.label());
        ws.value(r, 1, population);
        ws.value(r, 2, wave);
    }

    private static void wave(Worksheet ws, int r, Descriptive d) {
        ws.value(r, 3, d.n());
        number(ws, r, 4, d.mean());
        number(ws, r, 5, d.ciLow());
        number(ws, r, 6, d.ciHigh());
    }
}
