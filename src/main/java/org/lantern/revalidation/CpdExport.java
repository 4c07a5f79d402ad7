package org.lantern.revalidation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lantern.base.export.PdfFile;
import org.lantern.base.export.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.lantern.base.export.CsvCells.guard;
import static org.lantern.base.export.PdfFile.ACCENT;
import static org.lantern.base.export.PdfFile.MUTED;

/** A CPD record as CSV (one row per module or session) and as a PDF with one table for each. */
final class CpdExport {

    static final String NOTE = "Learning recorded in Lantern. Keep it with your own CPD or revalidation records "
            + "(for example for Social Work England or the NMC); it is not an official form.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CpdExport() {
    }

    static byte[] csv(CpdRecord record) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("type", "date", "hours", "title", "team", "what_it_covered");
            for (CpdRecord.Module m : record.modules()) {
                printer.printRecord("module", m.completed().toString(), CpdRecord.hours(m.hours()), guard(m.title()), "",
                        guard(String.join("; ", m.covered())));
            }
            for (CpdRecord.Session s : record.sessions()) {
                printer.printRecord("reflective session", s.date().toString(), CpdRecord.hours(Math.round(s.minutes() / 15.0) / 4.0),
                        guard(s.focus()), guard(s.team()), guard("Team reflective session, " + s.minutes() + " minutes"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(CpdRecord record, LocalDate today) {
        return PdfFile.of(new Document(PageSize.A4, 48, 48, 48, 48)).title("CPD record").author(record.ownerName())
                .write("the CPD record PDF", document -> {
                    document.add(PdfText.paragraph("CPD record", PdfText.font(20, Font.BOLD, ACCENT), 0, 6));
                    document.add(PdfText.paragraph(record.ownerName() + ", " + DAY.format(today) + ". Total: "
                            + record.totalText() + ".", PdfText.font(10, Font.NORMAL, MUTED), 0, 4));
                    document.add(PdfText.paragraph(NOTE, PdfText.font(10, Font.ITALIC, MUTED), 0, 12));
                    document.add(PdfText.paragraph("Training modules completed", PdfText.font(14, Font.BOLD), 8, 6));
                    document.add(record.modules().isEmpty() ? PdfText.paragraph("None yet.", PdfText.font(10), 0, 6)
                            : table(new float[]{2, 1, 3, 5}, List.of("Completed", "Hours", "Module", "What it covered"),
                            record.modules().stream().map(m -> List.of(DAY.format(m.completed()), CpdRecord.hours(m.hours()),
                                    m.title(), String.join("; ", m.covered()))).toList()));
                    document.add(PdfText.paragraph("Reflective sessions attended", PdfText.font(14, Font.BOLD), 12, 6));
                    document.add(record.sessions().isEmpty() ? PdfText.paragraph("None yet.", PdfText.font(10), 0, 6)
                            : table(new float[]{2, 3, 5, 1.5f}, List.of("Date", "Team", "Focus", "Length"),
                            record.sessions().stream().map(s -> List.of(DAY.format(s.date()), s.team(), s.focus(),
                                    s.minutes() + " min")).toList()));
                });
    }

    private static PdfPTable table(float[] widths, List<String> headings, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headings.forEach(h -> table.addCell(PdfText.paragraph(h, PdfText.font(9, Font.BOLD), 0, 0)));
        rows.forEach(row -> row.forEach(cell -> table.addCell(PdfText.paragraph(cell, PdfText.font(9), 0, 0))));
        return table;
    }
}
