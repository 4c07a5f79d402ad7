package org.lantern.base.export;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Names in several scripts that every PDF Lantern writes must keep, and the text read back from a PDF. */
public final class ScriptNames {

    /**
     * Polish, Vietnamese, Irish, Icelandic, Russian, Greek, Georgian and Armenian. Most are outside
     * Windows-1252, which is all that Helvetica drawn as a PDF standard font covers; OpenPDF swaps
     * Helvetica in paragraphs for an embedded Liberation Sans, which still has no Georgian or Armenian.
     */
    public static final List<String> NAMES = List.of("Łukasz", "Nguyễn Thị Hoa", "Siobhán", "Ægir", "Ольга", "Αλέξης",
            "ნინო", "Անի");

    /** The names as one line, e.g. for a title or an answer. */
    public static final String ALL = String.join(", ", NAMES);

    private ScriptNames() {
    }

    /** The text of every page, as OpenPDF's text extractor reads it. */
    public static String textOf(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
