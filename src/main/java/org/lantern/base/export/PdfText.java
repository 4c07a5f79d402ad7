package org.lantern.base.export;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Text for every PDF Lantern writes, in DejaVu Sans (shipped in the jar under {@code fonts/}, with
 * its licence): the PDF standard fonts only cover Windows-1252, so names such as Łukasz, Nguyễn or
 * Ольга would silently lose letters. The font is embedded (only the letters used) with Unicode
 * encoding, so the text can also be searched and copied from the PDF.
 */
public final class PdfText {

    private PdfText() {
    }

    /** Loaded once: a font is read-only once made, and every document embeds its own subset. */
    private static final class Fonts {
        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = PdfText.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("The font fonts/" + file + " is missing from the application");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The regular or bold face, for drawing text directly on a page's content. */
    public static BaseFont baseFont(boolean bold) {
        return bold ? Fonts.BOLD : Fonts.REGULAR;
    }

    /** Regular text of this size, in black. */
    public static Font font(float size) {
        return font(size, Font.NORMAL, null);
    }

    /** Text of this size and style ({@link Font#BOLD}, {@link Font#ITALIC} or both), in black. */
    public static Font font(float size, int style) {
        return font(size, style, null);
    }

    /**
     * Text of this size, style and colour. Bold uses the bold face; italic is slanted by OpenPDF
     * (only the regular and bold faces are shipped).
     */
    public static Font font(float size, int style, @Nullable Color color) {
        boolean bold = (style & Font.BOLD) != 0;
        // the bold face is bold already: without the flag, OpenPDF does not thicken it a second time
        return new Font(baseFont(bold), size, style & ~Font.BOLD, color);
    }

    /** A paragraph with space before and after it and a line height of 1.4 times the font size. */
    public static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(font.getSize() * 1.4f);
        return paragraph;
    }
}
