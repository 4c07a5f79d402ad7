package org.lantern.reports;

import org.dhatim.fastexcel.Worksheet;

import java.util.Map;

/** The workbook's sheets of this kind of inference: the primary outcome chosen in advance (first), and attrition. */
final class ReportXlsxPlan {

    private ReportXlsxPlan() {
    }

    static void sheet(Worksheet ws, Report report) {
        PrimaryOutcome outcome = report.primaryOutcome();
        ws.width(0, 36);
        ws.width(1, 90);
        ws.value(0, 0, outcome.applies() ? "Primary outcome (chosen in advance)" : "Primary outcome");
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(2, 0, outcome.summary());
        ws.range(2, 0, 2, 1).merge();
        ws.style(2, 0).wrapText(true).set();
        ws.rowHeight(2, 90);
        int r = 4;
        for (Map.Entry<String, String> fact : outcome.facts()) {
            ws.value(r, 0, fact.getKey());
            ws.style(r, 0).bold().set();
            ws.value(r++, 1, fact.getValue());
        }
        if (outcome.status() == PrimaryOutcome.Status.RESULT) {
            // the same figures as numbers, for calculation
            ws.value(r, 0, "mean_change");
            ws.value(r++, 1, outcome.meanChange());
            ws.value(r, 0, "ci_low");
            ws.value(r++, 1, outcome.ciLow());
            ws.value(r, 0, "ci_high");
            ws.value(r++, 1, outcome.ciHigh());
            ws.value(r, 0, "p");
            ws.value(r, 1, outcome.p());
        }
    }

    /** Completers' and drop-outs' before scores per team and theme, as numbers; hidden figures as their label. */
    static void attrition(Worksheet ws, Report report) {
        ReportXlsx.header(ws, 0, java.util.stream.Stream.concat(java.util.stream.Stream.of("Team"), AttritionTable.HEADERS.stream()).toList());
        ws.width(0, 28);
        ws.width(1, 36);
        int r = 1;
        for (GroupReport g : report.groups()) {
            for (ThemeFigures t : g.themes()) {
                Attrition a = t.attrition();
                if (a == null) {
                    continue;
                }
                ws.value(r, 0, g.label());
                ws.value(r, 1, t.theme().title());
                if (a.hidden() != null) {
                    ws.value(r++, 2, report.label(a.hidden()));
                    continue;
                }
                int c = 2;
                for (org.lantern.reports.stats.Descriptive d : java.util.List.of(a.completers(), a.dropOuts())) {
                    ws.value(r, c++, d.n());
                    ws.value(r, c++, d.mean());
                    ws.value(r, c++, d.sd());
                }
                ws.value(r, c++, a.cohenD());
                ws.value(r++, c, a.hedgesG());
            }
        }
    }
}
