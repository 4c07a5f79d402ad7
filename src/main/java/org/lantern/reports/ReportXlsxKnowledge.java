package org.lantern.reports;

import org.dhatim.fastexcel.Worksheet;

import static org.lantern.reports.ReportXlsx.number;

/** The knowledge sheet's discrimination columns ({@link ReportXlsx}): a number when shown, else why not, in words. */
final class ReportXlsxKnowledge {

    private ReportXlsxKnowledge() {
    }

    static void discrimination(Worksheet ws, int r, int c, ChoiceFigures figures, Report report) {
        wave(ws, r, c, figures.before(), report);
        wave(ws, r, c + 1, figures.after(), report);
        ws.value(r, c + 2, KnowledgeText.flags(figures));
    }

    private static void wave(Worksheet ws, int r, int c, ChoiceFigures.Correct correct, Report report) {
        Discrimination d = correct.discrimination();
        if (d != null && d.hidden() == null && d.r() != null) {
            number(ws, r, c, d.r());
        } else {
            ws.value(r, c, KnowledgeText.discrimination(correct, report));
        }
    }
}
