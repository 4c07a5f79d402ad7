package org.lantern.selfreview.ui;

import org.lantern.selfreview.SelfReview;
import org.lantern.selfreview.SelfReviewFramework;

import java.util.List;
import java.util.Locale;

import static org.lantern.base.export.HtmlEscaper.escape;

/**
 * An accessible SVG bar chart of ratings per indicator for up to two reviews (earlier and latest),
 * drawn on the server. The page shows the same figures as a table for screen readers.
 */
final class ChangeChart {

    private static final String EARLIER = "#9bb5c9";
    private static final String LATEST = "#1f5f8b";

    private ChangeChart() {
    }

    static String svg(SelfReviewFramework framework, SelfReview earlier, SelfReview latest) {
        int max = framework.scale().stream().mapToInt(SelfReviewFramework.Level::value).max().orElse(4);
        int rowHeight = earlier == null ? 26 : 40;
        int labelWidth = 330;
        int barWidth = 360;
        int height = 40 + framework.indicators().size() * rowHeight + 30;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-labelledby=\"cc-title cc-desc\" class=\"lantern-chart\">", labelWidth + barWidth + 60, height));
        svg.append("<title id=\"cc-title\">Ratings per indicator</title>");
        svg.append("<desc id=\"cc-desc\">").append(escape(earlier == null ? "Ratings of " + latest.title()
                : "Ratings of " + earlier.title() + " and " + latest.title())).append(". The same figures are in the table below.</desc>");
        int y = 30;
        for (SelfReviewFramework.Indicator indicator : framework.indicators()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"13\" fill=\"#1f2933\">%s</text>",
                    y + 14, escape(indicator.number() + ". " + shorten(indicator.title(), 44))));
            int barY = y;
            if (earlier != null) {
                bar(svg, labelWidth, barY, barWidth, max, value(earlier, indicator.key()), EARLIER);
                barY += 16;
            }
            bar(svg, labelWidth, barY, barWidth, max, value(latest, indicator.key()), LATEST);
            y += rowHeight;
        }
        int legendY = y + 10;
        if (earlier != null) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", labelWidth, legendY, EARLIER, labelWidth + 16, legendY + 11, escape(earlier.title())));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", labelWidth + 190, legendY, LATEST, labelWidth + 206, legendY + 11, escape(latest.title())));
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, int x, int y, int width, int max, Integer value, String colour) {
        int w = value == null ? 0 : Math.round(width * value / (float) max);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"13\" fill=\"%s\"/>", x, y, w, colour));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#1f2933\">%s</text>",
                x + w + 6, y + 11, value == null ? "not rated" : String.valueOf(value)));
    }

    private static Integer value(SelfReview review, String key) {
        SelfReview.Rating r = review.ratings().get(key);
        return r == null ? null : r.rating();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static List<SelfReview> lastTwo(List<SelfReview> finalised) {
        return finalised.size() <= 2 ? finalised : finalised.subList(finalised.size() - 2, finalised.size());
    }
}
