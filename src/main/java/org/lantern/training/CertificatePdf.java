package org.lantern.training;

import org.lantern.base.export.PdfFile;
import org.lantern.base.export.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

import java.awt.Color;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.lantern.base.export.PdfFile.ACCENT;

/** A one-page certificate of completion: name, module, date and learning hours. */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private CertificatePdf() {
    }

    /** @param validUntil the last day the completion counts, or null when it never expires */
    static byte[] render(String personName, String moduleTitle, Instant completedAt, int minutes, LocalDate validUntil) {
        return PdfFile.of(new Document(PageSize.A4.rotate(), 72, 72, 90, 72)).title("Certificate of completion: " + moduleTitle)
                .write("the certificate", document -> {
                    document.add(centred("Lantern", PdfText.font(20, Font.BOLD, ACCENT), 24));
                    document.add(centred("Certificate of completion", PdfText.font(30, Font.BOLD), 36));
                    document.add(centred("This is to certify that", PdfText.font(14), 12));
                    document.add(centred(personName, PdfText.font(26, Font.BOLD, ACCENT), 12));
                    document.add(centred("has completed the training module", PdfText.font(14), 12));
                    document.add(centred(moduleTitle, PdfText.font(22, Font.BOLD), 24));
                    document.add(centred("Completed on " + DATE.format(completedAt) + "  ·  Learning time: " + hours(minutes),
                            PdfText.font(13), 12));
                    if (validUntil != null) {
                        document.add(centred("Valid until " + DATE.format(validUntil), PdfText.font(13, Font.BOLD), 12));
                    }
                    document.add(centred("All lessons read and the knowledge check passed.", PdfText.font(11, Font.ITALIC, Color.DARK_GRAY), 0));
                });
    }

    /** Minutes as hours for a certificate, to the nearest quarter hour, e.g. "1.25 hours". */
    static String hours(int minutes) {
        double quarters = Math.max(1, Math.round(minutes / 15.0)) / 4.0;
        String number = quarters == Math.floor(quarters) ? String.valueOf((int) quarters) : String.valueOf(quarters);
        return number + (quarters == 1.0 ? " hour" : " hours");
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(spacingAfter);
        return p;
    }
}
