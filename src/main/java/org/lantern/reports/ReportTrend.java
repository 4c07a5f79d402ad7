package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.Friedman;
import org.lantern.surveys.SurveyDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.lantern.reports.ChartCanvas.Anchor.END;
import static org.lantern.reports.ChartCanvas.Anchor.MIDDLE;
import static org.lantern.reports.ChartCanvas.Anchor.START;

/**
 * The trend over all waves as the page, the PDF and the spreadsheet show it: the chart (one line per theme over the
 * waves, the cohort's means with 95% confidence interval bars), its figures in words, and the method note.
 */
public final class ReportTrend {

    /** One colour per theme line, distinct for common colour-vision deficiencies (Okabe–Ito), dark enough on white. */
    private static final String[] LINES = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#1a1a1a", "#7f6000"};
    private static final double WIDTH = 720;
    private static final double LEFT = 60;
    private static final double RIGHT = 40;
    private static final double TOP = 30;
    private static final double PLOT_HEIGHT = 260;
    private static final double LEGEND_ROW = 20;

    private ReportTrend() {
    }

    /** How a wave is named in the trend: "Before (baseline)", "Middle", … */
    public static String wave(TrendFigures trend, int w) {
        return ReportFormat.wave(trend.waves().get(w)) + (w == 0 ? " (baseline)" : "");
    }

    /** A mean with its 95% interval, "3.42 (3.10 to 3.74)", or a dash. */
    public static String meanWithCi(@Nullable Descriptive d) {
        if (d == null || d.mean() == null) {
            return "–";
        }
        return ReportFormat.number(d.mean()) + (d.ciLow() == null ? "" : " (" + ReportFormat.number(d.ciLow()) + " to "
                + ReportFormat.number(d.ciHigh()) + ")");
    }

    /** Friedman's chi-square, df and p in words: "chi-square(2) = 12.40, p = 0.002", or a dash. */
    public static String friedman(Friedman.@Nullable Result f) {
        return f == null ? "–" : String.format(Locale.UK, "chi-square(%d) = %.2f, p %s", f.df(), f.chiSquare(),
                f.p() < 0.001 ? "< 0.001" : "= " + ReportFormat.p(f.p()));
    }

    /** The chart of the cohort's theme scores over the waves, or null when the report has no trend. */
    public static @Nullable Chart chart(Report report) {
        TrendFigures trend = report.trend();
        if (trend == null) {
            return null;
        }
        SurveyDefinition.Scale scale = report.survey().scale() != null ? report.survey().scale()
                : new SurveyDefinition.Scale(1, 5, List.of());
        List<TrendFigures.Row> themes = trend.themes();
        int k = trend.waves().size();
        double bottom = TOP + PLOT_HEIGHT;
        double height = bottom + 40 + LEGEND_ROW * Math.max(1, themes.size()) + 10;
        double step = (WIDTH - LEFT - RIGHT) / (k - 1);
        List<String> headers = new ArrayList<>(List.of("Theme"));
        for (int w = 0; w < k; w++) {
            headers.add(wave(trend, w) + ": mean (95% CI)");
        }
        headers.add("Friedman test");
        List<List<String>> rows = new ArrayList<>();
        for (TrendFigures.Row t : themes) {
            List<String> row = new ArrayList<>(List.of(t.label()));
            for (int w = 0; w < k; w++) {
                row.add(t.cohortShown() ? meanWithCi(t.cohort().get(w)) : report.label(t.cohortHidden()));
            }
            row.add(t.cohortShown() ? friedman(t.friedman()) : report.label(t.cohortHidden()));
            rows.add(row);
        }
        String description = "Mean theme scores on a scale from " + scale.min() + " to " + scale.max() + " at each of " + k
                + " surveys, for the people who answered every survey (" + (report.team() == null ? "all teams" : report.team())
                + "), one line per theme, with 95% confidence intervals.";
        return new Chart("trend", "Theme scores over all surveys", description, WIDTH, height, headers, rows, canvas -> {
            double span = scale.max() - scale.min();
            for (int v = scale.min(); v <= scale.max(); v++) {
                double y = bottom - PLOT_HEIGHT * (v - scale.min()) / span;
                canvas.line(LEFT, y, WIDTH - RIGHT, y, ReportCharts.GRID, 1);
                canvas.text(LEFT - 10, y + 4, String.valueOf(v), 12, END, false, ReportCharts.MUTED);
            }
            for (int w = 0; w < k; w++) {
                canvas.text(LEFT + step * w, bottom + 20, ReportFormat.wave(trend.waves().get(w)), 12,
                        w == 0 ? START : w == k - 1 ? END : MIDDLE, false, ReportCharts.INK);
            }
            for (int t = 0; t < themes.size(); t++) {
                TrendFigures.Row row = themes.get(t);
                String colour = LINES[t % LINES.length];
                double legendY = bottom + 40 + LEGEND_ROW * t;
                canvas.rect(LEFT, legendY, 24, 4, colour);
                canvas.text(LEFT + 32, legendY + 6, row.label() + (row.cohortShown() ? "" : " (" + report.label(row.cohortHidden()) + ")"),
                        12, START, false, ReportCharts.INK);
                if (row.cohortShown()) {
                    line(canvas, row, colour, step, bottom, scale, (t - (themes.size() - 1) / 2.0) * 4);
                }
            }
        });
    }

    /** One theme's line with its interval bars; {@code shift} moves it sideways a little so that bars do not overlap. */
    private static void line(ChartCanvas canvas, TrendFigures.Row row, String colour, double step, double bottom,
                             SurveyDefinition.Scale scale, double shift) {
        double span = scale.max() - scale.min();
        double previousX = -1;
        double previousY = -1;
        for (int w = 0; w < row.cohort().size(); w++) {
            Descriptive d = row.cohort().get(w);
            if (d.mean() == null) {
                previousX = -1;
                continue;
            }
            double x = LEFT + step * w + shift;
            double y = bottom - PLOT_HEIGHT * (clamp(d.mean(), scale) - scale.min()) / span;
            if (previousX >= 0) {
                canvas.line(previousX, previousY, x, y, colour, 2.5);
            }
            if (d.ciLow() != null && d.ciHigh() != null) {
                double low = bottom - PLOT_HEIGHT * (clamp(d.ciLow(), scale) - scale.min()) / span;
                double high = bottom - PLOT_HEIGHT * (clamp(d.ciHigh(), scale) - scale.min()) / span;
                canvas.line(x, low, x, high, colour, 1.5);
                canvas.line(x - 5, low, x + 5, low, colour, 1.5);
                canvas.line(x - 5, high, x + 5, high, colour, 1.5);
            }
            canvas.rect(x - 4, y - 4, 8, 8, colour);
            previousX = x;
            previousY = y;
        }
    }

    private static double clamp(double value, SurveyDefinition.Scale scale) {
        return Math.max(scale.min(), Math.min(scale.max(), value));
    }

    /** The method note on the trend, or null when the report has none. */
    public static @Nullable String note(Report report) {
        TrendFigures trend = report.trend();
        if (trend == null) {
            return null;
        }
        return "Trend over all " + trend.waves().size() + " surveys: the cohort is the people who answered every question of a "
                + "theme in every survey (complete cases); its means, the Friedman test and the comparisons with the baseline ("
                + ReportFormat.wave(trend.waves().getFirst()).toLowerCase(Locale.ROOT) + ") are about the same people throughout. "
                + "'Everyone per survey' is everyone who answered the theme in that survey: different people in different surveys, "
                + "so it has means only and no test. The Friedman test ranks each person's scores across the surveys (ties share "
                + "their average rank, with the usual tie correction) and compares the rank sums with the chi-square distribution "
                + "with surveys - 1 degrees of freedom; Kendall's W = chi-square / (n × (surveys - 1)) is its effect size, from 0 "
                + "(no consistent change) to 1 (everyone's scores in the same order). Each later survey is compared with the "
                + "baseline by the paired t-test and the Wilcoxon signed-rank test; their p-values are Holm-adjusted within each "
                + "theme or question, across its comparisons with the baseline (one family per theme or question). The cohort "
                + "and everyone per survey are checked by the same privacy rules as the other figures, together with them, so that "
                + "no difference between the cohort, everyone and the pair figures is about fewer people than the minimum.";
    }
}
