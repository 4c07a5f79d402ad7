package org.lantern.reports;

/** What a chart draws on: the page (SVG) or the PDF. Coordinates run from the top left, in points. */
interface ChartCanvas {

    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double width, double height, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double width);

    /** Text whose baseline is at {@code y}. */
    void text(double x, double y, String text, double size, Anchor anchor, boolean bold, String fill);
}
