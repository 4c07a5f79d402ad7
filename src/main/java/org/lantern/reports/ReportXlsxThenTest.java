package org.lantern.reports;

import org.dhatim.fastexcel.Worksheet;
import org.lantern.reports.stats.PairedComparison;

import java.util.List;

import static org.lantern.reports.ReportXlsx.header;
import static org.lantern.reports.ReportXlsx.number;

/**
 * The workbook's then-test sheet (surveys with looking-back questions): per theme, then per question, of the report's
 * group, on the people who answered before, after and the then-test: the three means and three comparisons.
 */
final class ReportXlsxThenTest {

    private static final List<String> COMPARISON = List.of("change", "95% CI low", "95% CI high", "t-test p", "Wilcoxon p", "d_z");

    private ReportXlsxThenTest() {
    }

    static void sheet(Worksheet ws, Report report) {
        ThenTestFigures figures = report.thenTest();
        if (figures == null) {
            return;
        }
        List<String> titles = new java.util.ArrayList<>(List.of("Theme or question", "Questions", "People", "Before: mean",
                "Then-test: mean", "After: mean"));
        for (String part : List.of("Then-test → after: ", "Before → after: ", "Response shift (then-test − before): ")) {
            COMPARISON.forEach(c -> titles.add(part + c));
        }
        titles.add("Note");
        header(ws, 0, titles);
        ws.width(0, 50);
        int r = 1;
        for (ThenTestFigures.Row row : java.util.stream.Stream.concat(figures.themes().stream(), figures.items().stream()).toList()) {
            ws.value(r, 0, row.label());
            ws.value(r, 1, row.questions());
            if (row.hidden() != null) {
                ws.value(r, titles.size() - 1, report.label(row.hidden()));
            } else {
                ws.value(r, 2, row.people());
                number(ws, r, 3, row.beforeVsAfter().beforeMean());
                number(ws, r, 4, row.thenVsAfter().beforeMean());
                number(ws, r, 5, row.thenVsAfter().afterMean());
                int c = 6;
                for (PairedComparison p : List.of(row.thenVsAfter(), row.beforeVsAfter(), row.responseShift())) {
                    number(ws, r, c++, p.meanChange());
                    number(ws, r, c++, p.ciLow());
                    number(ws, r, c++, p.ciHigh());
                    number(ws, r, c++, p.tP());
                    number(ws, r, c++, p.wilcoxonP());
                    number(ws, r, c++, p.dz());
                }
            }
            r++;
        }
    }
}
