package org.lantern.reports;

import org.dhatim.fastexcel.Worksheet;
import org.lantern.reports.stats.Reliability;

import java.util.List;

import static org.lantern.reports.ReportXlsx.header;
import static org.lantern.reports.ReportXlsx.number;

/** The workbook's reliability sheet: each theme at each wave, then each of its questions, group by group. */
final class ReportXlsxScales {

    private ReportXlsxScales() {
    }

    static void reliability(Worksheet ws, Report report) {
        header(ws, 0, List.of("Team", "Theme", "Wave", "Question", "People", "Cronbach's alpha", "Alpha 95% CI low",
                "Alpha 95% CI high", "McDonald's omega", "Item-total correlation", "Alpha if question deleted", "Note"));
        ws.width(0, 28);
        ws.width(1, 30);
        ws.width(3, 50);
        ws.width(11, 50);
        int r = 1;
        for (GroupReport g : report.groups()) {
            for (ThemeFigures t : g.themes()) {
                for (boolean before : new boolean[]{true, false}) {
                    WaveFigures w = before ? t.before() : t.after();
                    String wave = ReportFormat.wave((before ? report.before() : report.after()).key());
                    ws.value(r, 0, g.label());
                    ws.value(r, 1, t.theme().title());
                    ws.value(r, 2, wave);
                    if (w.hidden() != null) {
                        ws.value(r++, 11, report.label(w.hidden()));
                        continue;
                    }
                    Reliability s = w.reliability();
                    if (s != null) {
                        ws.value(r, 4, s.n());
                        number(ws, r, 5, s.cronbachAlpha());
                        number(ws, r, 6, s.alphaCiLow());
                        number(ws, r, 7, s.alphaCiHigh());
                        number(ws, r, 8, s.omega());
                        ws.value(r, 11, ReportFormat.reliabilityNote(s));
                    }
                    r++;
                    r = questions(ws, r, g, t, before, wave);
                }
            }
        }
    }

    private static int questions(Worksheet ws, int r, GroupReport g, ThemeFigures t, boolean before, String wave) {
        for (ItemFigures i : g.items()) {
            if (!t.theme().key().equals(i.item().theme())) {
                continue;
            }
            Reliability.Item s = (before ? i.before() : i.after()).inTheme();
            if (s == null) {
                continue;
            }
            ws.value(r, 0, g.label());
            ws.value(r, 1, t.theme().title());
            ws.value(r, 2, wave);
            ws.value(r, 3, i.item().text());
            number(ws, r, 9, s.itemTotal());
            number(ws, r++, 10, s.alphaIfDeleted());
        }
        return r;
    }
}
