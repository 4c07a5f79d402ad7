package org.lantern.training.tools;

import org.lantern.base.export.PdfFile;
import org.lantern.base.export.PdfText;
import org.lantern.training.tools.ToolDefinition.Field;
import org.lantern.training.tools.ToolDefinition.FieldType;
import org.lantern.training.tools.ToolDefinition.Section;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import static org.lantern.base.export.PdfFile.ACCENT;
import static org.lantern.base.export.PdfFile.MUTED;

/** A printable PDF of one saved copy: its title, the tool, the date, the warning, then every answer. */
final class ToolPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final Color WARNING_TEXT = new Color(0x3d, 0x27, 0x00);
    private static final Color WARNING_BACKGROUND = new Color(0xff, 0xf4, 0xd6);

    private ToolPdf() {
    }

    static byte[] render(ToolDefinition tool, SavedTool copy, ZoneId zone) {
        return PdfFile.of(new Document(PageSize.A4, 56, 56, 56, 56)).title(copy.title()).subject(tool.title())
                .write("the tool PDF", document -> {
                    document.add(PdfText.paragraph(copy.title(), PdfText.font(18, Font.BOLD, ACCENT), 0, 4));
                    document.add(PdfText.paragraph(tool.title(), PdfText.font(12, Font.BOLD), 0, 2));
                    document.add(PdfText.paragraph("Saved " + DATE_TIME.format(copy.updatedAt().atZone(zone)),
                            PdfText.font(10, Font.NORMAL, MUTED), 0, 10));
                    document.add(warning());
                    for (Section section : tool.sections()) {
                        addSection(document, section, copy);
                    }
                });
    }

    private static void addSection(Document document, Section section, SavedTool copy) {
        document.add(PdfText.paragraph(section.title(), PdfText.font(14, Font.BOLD, ACCENT), 14, 4));
        for (Field field : section.fields()) {
            document.add(PdfText.paragraph(field.label(), PdfText.font(10, Font.BOLD), 4, 1));
            String answer = answer(field, copy.value(field.key()));
            Font font = answer.isEmpty() ? PdfText.font(10, Font.ITALIC, MUTED) : PdfText.font(11);
            document.add(PdfText.paragraph(answer.isEmpty() ? "Not answered" : answer, font, 0, 4));
        }
    }

    private static PdfPTable warning() {
        PdfPCell cell = new PdfPCell(PdfText.paragraph(ToolService.WARNING, PdfText.font(10, Font.BOLD, WARNING_TEXT), 0, 0));
        cell.setBackgroundColor(WARNING_BACKGROUND);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(new Color(0xc9, 0x8a, 0x00));
        cell.setBorderWidth(3);
        cell.setPadding(8);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        table.addCell(cell);
        return table;
    }

    private static String answer(Field field, String value) {
        if (value.isBlank()) {
            return field.type() == FieldType.CHECKBOX ? "No" : "";
        }
        return switch (field.type()) {
            case CHECKBOX -> "true".equals(value) ? "Yes" : "No";
            case DATE -> readableDate(value);
            default -> value;
        };
    }

    /** Dates are stored ISO; a value saved before the field became a date is shown as written. */
    private static String readableDate(String value) {
        try {
            return DATE.format(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
