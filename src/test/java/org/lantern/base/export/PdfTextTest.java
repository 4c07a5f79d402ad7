package org.lantern.base.export;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextTest {

    @Test
    void namesInEveryScriptComeBackOutOfThePdfInRegularBoldAndItalic() {
        byte[] pdf = pdf(document -> {
            document.add(PdfText.paragraph(ScriptNames.ALL, PdfText.font(11), 0, 4));
            document.add(PdfText.paragraph(ScriptNames.ALL, PdfText.font(14, Font.BOLD, Color.BLUE), 0, 4));
            document.add(PdfText.paragraph(ScriptNames.ALL, PdfText.font(10, Font.ITALIC), 0, 4));
        });

        String text = ScriptNames.textOf(pdf);
        for (String name : ScriptNames.NAMES) {
            assertThat(text.split(name, -1)).as(name).hasSize(4);
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetAndBoldUsesTheBoldFace() {
        byte[] pdf = pdf(document -> document.add(new Paragraph("Ægir", PdfText.font(12, Font.BOLD))));
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("DejaVuSans-Bold", "/FontFile2").doesNotContain("Helvetica");
        // the bold face is not thickened a second time (fill and stroke)
        assertThat(PdfText.font(12, Font.BOLD).getStyle() & Font.BOLD).isZero();
        assertThat(PdfText.font(12, Font.BOLD).getBaseFont()).isSameAs(PdfText.baseFont(true));
    }

    @Test
    void aParagraphHasItsSpacingAndALineHeightOf1point4() {
        Paragraph p = PdfText.paragraph("Text", PdfText.font(10), 3, 5);
        assertThat(p.getSpacingBefore()).isEqualTo(3f);
        assertThat(p.getSpacingAfter()).isEqualTo(5f);
        assertThat(p.getLeading()).isEqualTo(14f);
    }

    private interface Body {
        void write(Document document);
    }

    private static byte[] pdf(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        body.write(document);
        document.close();
        return out.toByteArray();
    }
}
