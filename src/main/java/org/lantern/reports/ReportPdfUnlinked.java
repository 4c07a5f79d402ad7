package org.lantern.reports;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;

/** The PDF's independent-samples comparison including unlinked responses, after attrition, labelled as weaker evidence. */
final class ReportPdfUnlinked {

    private ReportPdfUnlinked() {
    }

    static void add(Document document, Report report) {
        List<List<String>> rows = UnlinkedTable.rows(report);
        if (rows.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(ReportPdfPlan.heading(report, UnlinkedTable.TITLE + ": " + report.overall().label()),
                ReportPdf.H2);
        heading.setSpacingBefore(12);
        document.add(heading);
        document.add(new Paragraph(UnlinkedTable.NOTE + " See the method note.", ReportPdf.SMALL));
        PdfPTable table = new PdfPTable(new float[]{4, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.8f, 1.2f, 1.4f, 1.2f, 2.4f, 1.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        UnlinkedTable.HEADERS.forEach(h -> table.addCell(cell(h, true)));
        rows.forEach(row -> row.forEach(text -> table.addCell(cell(text, false))));
        document.add(table);
    }

    private static PdfPCell cell(String text, boolean header) {
        return ReportPdfAttrition.cell(text, header);
    }
}
