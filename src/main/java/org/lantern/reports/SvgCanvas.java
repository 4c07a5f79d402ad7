package org.lantern.reports;

import java.util.Locale;

import static org.lantern.base.export.HtmlEscaper.escape;

/** Draws a chart as one accessible SVG element: role="img" with a title and a description. */
final class SvgCanvas implements ChartCanvas {

    private final StringBuilder body = new StringBuilder();

    @Override
    public void rect(double x, double y, double width, double height, String fill) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x, y, Math.max(0, width), Math.max(0, height), fill));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        body.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                x1, y1, x2, y2, stroke, width));
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, boolean bold, String fill) {
        body.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s>",
                x, y, size, switch (anchor) {
                    case START -> "start";
                    case MIDDLE -> "middle";
                    case END -> "end";
                }, fill, bold ? " font-weight=\"bold\"" : "")).append(escape(text)).append("</text>");
    }

    /** The finished SVG. {@code id} must be unique on the page: it names the title and description. */
    String svg(String id, String title, String description, double width, double height) {
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lantern-chart\" viewBox=\"0 0 %.0f %.0f\" "
                        + "role=\"img\" aria-labelledby=\"%s-title %s-desc\" font-family=\"system-ui, sans-serif\">"
                        + "<title id=\"%s-title\">%s</title><desc id=\"%s-desc\">%s</desc>%s</svg>",
                width, height, id, id, id, escape(title), id, escape(description), body);
    }
}
