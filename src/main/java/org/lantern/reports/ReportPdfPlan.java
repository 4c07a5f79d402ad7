package org.lantern.reports;

import org.lantern.base.export.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.util.Map;

/** The PDF's first page ends with the primary outcome chosen in advance (or says there is none). */
final class ReportPdfPlan {

    private ReportPdfPlan() {
    }

    static void add(Document document, Report report) {
        PrimaryOutcome outcome = report.primaryOutcome();
        Paragraph heading = new Paragraph(outcome.applies() ? "Primary outcome (chosen in advance)" : "Primary outcome", ReportPdf.H2);
        heading.setSpacingBefore(24);
        heading.setSpacingAfter(4);
        document.add(heading);
        document.add(new Paragraph(outcome.summary(), ReportPdf.BODY));
        if (outcome.facts().isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(new float[]{2, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (Map.Entry<String, String> fact : outcome.facts()) {
            table.addCell(cell(fact.getKey(), ReportPdf.SMALL_BOLD));
            table.addCell(cell(fact.getValue(), ReportPdf.SMALL));
        }
        document.add(table);
    }

    /** A section heading, marked exploratory when the report has an outcome chosen in advance. */
    static String heading(Report report, String heading) {
        return report.primaryOutcome().applies() ? heading + " (exploratory)" : heading;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
        return cell;
    }
}
