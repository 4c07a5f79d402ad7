package org.lantern.revalidation;

import lombok.RequiredArgsConstructor;

import org.lantern.base.export.MarkdownText;
import org.lantern.base.export.PdfFile;
import org.lantern.base.export.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;

import java.awt.Color;

import static org.lantern.base.export.PdfFile.ACCENT;
import static org.lantern.base.export.PdfFile.MUTED;

/** One reflective account as a PDF or Markdown file, under its four headings. */
@RequiredArgsConstructor
final class ReflectiveAccountExport {

    static final String NOTE = "Laid out under the headings of the NMC's reflective accounts form. This is not the "
            + "official form: copy your words into the form your regulator asks for, and check that nothing identifies a person using services.";


    private final String ownerName;
    private final ReflectiveAccount account;
    private final String written;
    private final String exported;

    String markdown() {
        StringBuilder md = new StringBuilder("# ").append(MarkdownText.literal(oneLine(account.title()))).append("\n\n");
        md.append(MarkdownText.literal(ownerName)).append(", written ").append(written)
                .append(", exported ").append(exported).append(".\n\n");
        md.append("_").append(NOTE).append("_\n\n");
        account.sections().forEach((heading, text) -> md.append("## ").append(heading).append("\n\n")
                .append(text.isBlank() ? "_Not written yet._" : MarkdownText.literal(text)).append("\n\n"));
        return md.toString();
    }

    byte[] pdf() {
        return PdfFile.of(new Document(PageSize.A4, 56, 56, 56, 56)).title(oneLine(account.title())).author(ownerName)
                .write("the reflective account PDF", document -> {
                    document.add(PdfText.paragraph(oneLine(account.title()), PdfText.font(18, Font.BOLD, ACCENT), 0, 6));
                    document.add(PdfText.paragraph(ownerName + ", written " + written + ", exported " + exported + ".",
                            PdfText.font(10, Font.NORMAL, MUTED), 0, 4));
                    document.add(PdfText.paragraph(NOTE, PdfText.font(10, Font.ITALIC, MUTED), 0, 12));
                    account.sections().forEach((heading, text) -> {
                        document.add(PdfText.paragraph(heading, PdfText.font(13, Font.BOLD), 10, 4));
                        for (String part : (text.isBlank() ? "Not written yet." : text).split("\\n\\s*\\n")) {
                            document.add(PdfText.paragraph(part, PdfText.font(11), 0, 6));
                        }
                    });
                });
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
