package org.lantern.reports;

import org.dhatim.fastexcel.Worksheet;
import org.lantern.reports.stats.IndependentComparison;

import java.util.List;

/** The workbook's sheet of the independent-samples comparison including unlinked responses (weaker evidence). */
final class ReportXlsxUnlinked {

    private static final List<String> HEADERS = List.of("Level", "Key", "Theme or question", "Before: people",
            "Before: without a code", "Before: mean", "Before: SD", "After: people", "After: without a code", "After: mean",
            "After: SD", "Welch's t", "Welch df", "Welch p", "Mann–Whitney U", "Mann–Whitney p", "Hedges' g",
            "Hedges' g CI low", "Hedges' g CI high", "Rank-biserial r", "Common-language effect size", "Hidden");

    private ReportXlsxUnlinked() {
    }

    static void sheet(Worksheet ws, Report report) {
        ws.value(0, 0, UnlinkedTable.NOTE);
        ReportXlsx.header(ws, 1, HEADERS);
        ws.width(2, 40);
        int r = 2;
        UnlinkedFigures figures = report.unlinked();
        for (boolean theme : new boolean[]{true, false}) {
            for (UnlinkedFigures.Row row : theme ? figures.themes() : figures.items()) {
                ws.value(r, 0, theme ? "theme" : "question");
                ws.value(r, 1, row.key());
                ws.value(r, 2, row.label());
                IndependentComparison c = row.comparison();
                if (c == null) {
                    ws.value(r++, 21, row.hidden() == null ? "" : report.label(row.hidden()));
                    continue;
                }
                Object[] values = {c.before().n(), row.unlinkedBefore(), c.before().mean(), c.before().sd(), c.after().n(),
                        row.unlinkedAfter(), c.after().mean(), c.after().sd(), c.welchT(), c.welchDf(), c.welchP(),
                        c.mannWhitneyU(), c.mannWhitneyP(), c.hedgesG(), c.hedgesGCiLow(), c.hedgesGCiHigh(), c.rankBiserial(),
                        c.commonLanguage()};
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof Number n && Double.isFinite(n.doubleValue())) {
                        ws.value(r, 3 + i, n);
                    }
                }
                r++;
            }
        }
    }
}
