package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.lantern.base.export.PdfText;
import org.openpdf.text.pdf.PdfContentByte;

import java.awt.Color;

/** Draws a chart into a PDF template (whose origin is at the bottom left). */
@RequiredArgsConstructor
final class PdfCanvas implements ChartCanvas {

    private final PdfContentByte content;
    private final double height;

    @Override
    public void rect(double x, double y, double width, double h, String fill) {
        content.setColorFill(Color.decode(fill));
        content.rectangle((float) x, (float) (height - y - h), (float) Math.max(0, width), (float) h);
        content.fill();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        content.setColorStroke(Color.decode(stroke));
        content.setLineWidth((float) width);
        content.moveTo((float) x1, (float) (height - y1));
        content.lineTo((float) x2, (float) (height - y2));
        content.stroke();
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, boolean isBold, String fill) {
        content.beginText();
        content.setColorFill(Color.decode(fill));
        content.setFontAndSize(PdfText.baseFont(isBold), (float) size);
        int align = switch (anchor) {
            case START -> PdfContentByte.ALIGN_LEFT;
            case MIDDLE -> PdfContentByte.ALIGN_CENTER;
            case END -> PdfContentByte.ALIGN_RIGHT;
        };
        content.showTextAligned(align, text, (float) x, (float) (height - y), 0);
        content.endText();
    }
}
