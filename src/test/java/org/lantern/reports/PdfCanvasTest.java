package org.lantern.reports;

import org.junit.jupiter.api.Test;
import org.lantern.base.export.ScriptNames;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PdfCanvasTest {

    @Test
    void chartLabelsKeepNamesInEveryScript() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        double height = 30 * ScriptNames.NAMES.size();
        PdfTemplate template = writer.getDirectContent().createTemplate(400, (float) height);
        PdfCanvas canvas = new PdfCanvas(template, height);
        for (int i = 0; i < ScriptNames.NAMES.size(); i++) {
            canvas.text(10, 20 + 30 * i, ScriptNames.NAMES.get(i), 10, ChartCanvas.Anchor.START, i % 2 == 0, "#000000");
        }
        document.add(Image.getInstance(template));
        document.close();

        assertThat(ScriptNames.textOf(out.toByteArray())).contains(ScriptNames.NAMES);
    }
}
