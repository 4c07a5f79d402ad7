package org.lantern.reports;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;

/** The PDF's attrition table, after the themes. */
final class ReportPdfAttrition {

    private ReportPdfAttrition() {
    }

    static void add(Document document, Report report) {
        section(document, report, AttritionTable.TITLE,
                "Completers answered the theme in both surveys; drop-outs before only. See the method note.",
                new float[]{4, 1.4f, 1.4f, 1.4f, 1.4f, 1.4f, 1.4f, 1.6f, 1.4f}, AttritionTable.HEADERS,
                AttritionTable.rows(report, report.overall()));
    }

    /**
     * A table section of the overall group (also the then-test's and the unlinked comparison's): its
     * heading, marked as the plan has it, a small note, then the table; nothing when there are no rows.
     */
    static void section(Document document, Report report, String title, String note, float[] widths, List<String> headers,
                        List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(ReportPdfPlan.heading(report, title + ": " + report.overall().label()), ReportPdf.H2);
        heading.setSpacingBefore(12);
        document.add(heading);
        document.add(new Paragraph(note, ReportPdf.SMALL));
        document.add(table(widths, headers, rows));
    }

    /** A table of text cells with a shaded header row (also the then-test's). */
    static PdfPTable table(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(cell(h, true)));
        rows.forEach(row -> row.forEach(text -> table.addCell(cell(text, false))));
        return table;
    }

    /** A small table cell, shaded for a header (the unlinked table's too). */
    static PdfPCell cell(String text, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, header ? ReportPdf.SMALL_BOLD : ReportPdf.SMALL));
        cell.setPadding(3);
        if (header) {
            cell.setBackgroundColor(ReportPdf.SHADE);
        }
        return cell;
    }
}
