package org.lantern.reports;

import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.Reliability;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;

import static org.lantern.reports.ReportPdfTables.cell;
import static org.lantern.reports.ReportPdfTables.head;
import static org.lantern.reports.ReportPdfTables.table;

/** The PDF's tables of adjusted p-values and effect sizes, and of each theme's reliability. */
final class ReportPdfScales {

    private ReportPdfScales() {
    }

    /** Raw and adjusted p-values and the effect sizes with their uncertainty, one line per theme or question. */
    static PdfPTable inferenceTable(Report report, String what, String adjustment, List<ReportPdfTables.Line> lines) {
        PdfPTable table = table(4, 1, 1.1f, 1, 1.1f, 1.8f, 0.9f, 0.9f);
        head(table, what, "t-test p", "t-test p, " + adjustment, "Wilcoxon p", "Wilcoxon p, " + adjustment, "d_z (95% CI)",
                "Hedges' g_z", "Rank-biserial r");
        for (ReportPdfTables.Line line : lines) {
            cell(table, line.label());
            ChangeFigures change = line.change();
            PairedComparison c = change.stats();
            if (change.hidden() != null || c == null) {
                String label = change.hidden() != null ? report.label(change.hidden()) : "–";
                for (int i = 0; i < 7; i++) {
                    cell(table, label);
                }
                continue;
            }
            cell(table, ReportFormat.p(c.tP()));
            cell(table, ReportFormat.p(change.adjustedTP()));
            cell(table, ReportFormat.p(c.wilcoxonP()));
            cell(table, ReportFormat.p(change.adjustedWilcoxonP()));
            cell(table, ReportFormat.number(c.dz()) + " (" + ReportFormat.interval(c.dzCiLow(), c.dzCiHigh()) + ")");
            cell(table, ReportFormat.number(c.hedgesGz()));
            cell(table, ReportFormat.number(c.wilcoxon() == null ? null : c.wilcoxon().rankBiserial()));
        }
        return table;
    }

    /** Each theme's Cronbach's alpha before and after, with a plain-words note. */
    static PdfPTable reliabilityTable(Report report) {
        PdfPTable table = table(3, 0.8f, 1.8f, 0.9f, 0.8f, 1.8f, 0.9f, 3);
        head(table, "Theme", "Before: people", "Before: alpha (95% CI)", "Before: omega", "After: people", "After: alpha (95% CI)",
                "After: omega", "Note");
        for (ThemeFigures t : report.overall().themes()) {
            cell(table, t.theme().title());
            StringBuilder note = new StringBuilder();
            for (WaveFigures w : List.of(t.before(), t.after())) {
                if (w.hidden() != null) {
                    for (int i = 0; i < 3; i++) {
                        cell(table, report.label(w.hidden()));
                    }
                    continue;
                }
                Reliability r = w.reliability();
                cell(table, r == null ? "–" : String.valueOf(r.n()));
                cell(table, ReportFormat.alpha(r));
                cell(table, ReportFormat.number(r == null ? null : r.omega()));
                String words = ReportFormat.reliabilityNote(r);
                if (!words.isEmpty()) {
                    note.append(w == t.before() ? "Before: " : "After: ").append(words).append(' ');
                }
            }
            cell(table, note.toString().trim());
        }
        return table;
    }

    /** Each themed question's corrected item-total correlation and its theme's alpha without it. */
    static PdfPTable questionTable(Report report) {
        PdfPTable table = table(5, 1.2f, 1.2f, 1.2f, 1.2f);
        head(table, "Question", "Before: correlation with rest of theme", "Before: alpha without it",
                "After: correlation with rest of theme", "After: alpha without it");
        for (ItemFigures i : report.overall().items()) {
            if (i.item().theme() == null) {
                continue;
            }
            cell(table, i.item().key() + ": " + i.item().text());
            for (WaveFigures w : List.of(i.before(), i.after())) {
                Reliability.Item s = w.inTheme();
                String hidden = w.hidden() == null ? null : report.label(w.hidden());
                cell(table, hidden != null ? hidden : ReportFormat.number(s == null ? null : s.itemTotal()));
                cell(table, hidden != null ? hidden : ReportFormat.number(s == null ? null : s.alphaIfDeleted()));
            }
        }
        return table;
    }
}
