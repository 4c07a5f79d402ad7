package org.lantern.actions;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lantern.base.export.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.lantern.base.export.CsvCells.guard;

/** The team action log as CSV (spreadsheet-safe) and as a printable PDF. */
final class ActionExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ActionExport() {
    }

    static byte[] csv(List<ActionPoint> actions) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("team", "description", "owner", "due", "status", "dropped_reason", "origin", "created", "updated");
            for (ActionPoint a : actions) {
                printer.printRecord(guard(a.teamName()), guard(a.description()), guard(a.ownerName()),
                        a.due() == null ? "" : a.due().toString(), a.status().key(), guard(a.droppedReason()),
                        a.origin().key(), a.createdAt().toString(), a.updatedAt().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(String teamName, List<ActionPoint> actions, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Action log: " + teamName);
        document.open();
        document.add(new Paragraph("Action log: " + teamName, PdfText.font(18, Font.BOLD)));
        document.add(new Paragraph("Printed " + DAY.format(today) + ". " + actions.size() + " actions.", PdfText.font(10)));
        PdfPTable table = new PdfPTable(new float[]{5, 2, 1.5f, 1.5f, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        Font head = PdfText.font(10, Font.BOLD);
        Font body = PdfText.font(10);
        for (String h : new String[]{"Action", "Owner", "Due", "Status", "From"}) {
            table.addCell(new PdfPCell(new Phrase(h, head)));
        }
        table.setHeaderRows(1);
        for (ActionPoint a : actions) {
            String status = a.status().label() + (a.overdue() ? " (overdue)" : "")
                    + (a.droppedReason() != null && !a.droppedReason().isBlank() ? ": " + a.droppedReason() : "");
            for (String cell : new String[]{a.description(), a.ownerName(), a.due() == null ? "" : DAY.format(a.due()), status, a.origin().label()}) {
                table.addCell(new PdfPCell(new Phrase(cell, body)));
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }
}
