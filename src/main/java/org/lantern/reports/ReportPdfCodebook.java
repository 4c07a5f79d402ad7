package org.lantern.reports;

import org.lantern.reports.analysis.AnalysisData;
import org.lantern.reports.analysis.AnalysisTable;
import org.lantern.reports.analysis.Codebook;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;

import static org.lantern.reports.ReportPdfTables.cell;
import static org.lantern.reports.ReportPdfTables.head;
import static org.lantern.reports.ReportPdfTables.table;

/** The PDF's last page: the codebook of the analysis files, the same as their codebook CSV. */
final class ReportPdfCodebook {

    private ReportPdfCodebook() {
    }

    static void add(Document document, Report report) {
        List<AnalysisTable> tables = AnalysisData.tables(report, "data");
        document.add(new Paragraph("The analysis files (SPSS, R, Stata) hold this report's tables, one row per team, theme or "
                + "question and survey (or change). An empty cell is a figure not shown; the column hidden says why. A code -1 "
                + "means the column does not apply to the row (missing in SPSS, NA in R, .a in Stata). Besides the main table (data), "
                + "a release with three or more surveys has a table of the trend over all waves (data-trend) and one with "
                + "attrition figures has a table of them (data-attrition), each with its own syntax files.", ReportPdf.BODY));
        List<List<String>> lines = Codebook.lines(tables, List.of());
        java.util.Map<String, PdfPTable> files = new java.util.LinkedHashMap<>();
        PdfPTable questions = table(0.7f, 1.3f, 4.5f, 1.2f, 0.8f, 0.8f);
        head(questions, "Code", "Key", "Wording", "Theme", "Reverse scored", "Offers Not applicable");
        for (List<String> line : lines) {
            PdfPTable variables = files.computeIfAbsent(line.get(11), file -> {
                PdfPTable t = table(2f, 2.4f, 0.8f, 0.8f, 3.4f, 0.8f);
                head(t, "Column", "Label", "Type", "Level", "Values", "Missing");
                return t;
            });
            List<String> cells = line.get(0).equals("variable") ? List.of(line.get(1), line.get(2), line.get(3), line.get(4), line.get(5), line.get(6))
                    : List.of(line.get(7), line.get(1), line.get(2) + " (" + line.get(3) + ")", line.get(8), line.get(9), line.get(10));
            cells.forEach(c -> cell(line.get(0).equals("variable") ? variables : questions, c));
        }
        files.forEach((file, variables) -> {
            document.add(new Paragraph("Columns of " + file + ":", ReportPdf.BODY));
            document.add(variables);
        });
        document.add(new Paragraph("Themes and questions (the codes of the column measure):", ReportPdf.BODY));
        document.add(questions);
    }
}
