package org.lantern.reports;

import org.lantern.reports.stats.Descriptive;
import org.lantern.surveys.SurveyDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.lantern.reports.ChartCanvas.Anchor.END;
import static org.lantern.reports.ChartCanvas.Anchor.MIDDLE;
import static org.lantern.reports.ChartCanvas.Anchor.START;

/** The report's charts: theme scores before and after, how each question's answers moved, and response rates. */
public final class ReportCharts {

    static final String INK = "#1a1a1a";
    static final String MUTED = "#4a5663";
    static final String GRID = "#d5dde5";
    static final String BEFORE = "#5b6b7d";
    static final String AFTER = "#1f5f8b";
    /** Lower by 2+, lower by 1, no change, higher by 1, higher by 2+ (with the text colour that reads on each). */
    static final String[] SHARES = {"#8a4b00", "#e0a458", "#d5dde5", "#7fb2d9", "#1f5f8b"};
    static final String[] SHARE_TEXT = {"#ffffff", INK, INK, INK, "#ffffff"};

    private static final double WIDTH = 720;
    private static final double LABEL = 230;
    private static final double RIGHT = 30;

    /** Room above the first row (title and legend) and below the last (the axis). */
    private static final double TOP = 44;
    private static final double BOTTOM = 36;
    /** The width of the plotting area, between the row labels and the right margin. */
    private static final double PLOT = WIDTH - LABEL - RIGHT;

    /** A chart's height for its rows; an empty chart keeps the height of one row. */
    private static double height(double rowHeight, int rows) {
        return TOP + rowHeight * Math.max(1, rows) + BOTTOM;
    }

    private ReportCharts() {
    }

    /** All three charts for a report, in page order. */
    public static List<Chart> all(Report report) {
        return List.of(themes(report), changes(report), responseRates(report));
    }

    /** Mean theme scores before and after, as bars with 95% confidence interval whiskers. */
    public static Chart themes(Report report) {
        SurveyDefinition.Scale scale = scale(report);
        List<ThemeFigures> themes = report.overall().themes();
        double rowHeight = 46;
        double height = height(rowHeight, themes.size());
        List<List<String>> rows = new ArrayList<>();
        for (ThemeFigures t : themes) {
            rows.add(List.of(t.theme().title(), meanWithCi(t.before(), report), meanWithCi(t.after(), report),
                    t.change().hidden() != null ? report.label(t.change().hidden())
                            : ReportFormat.signed(t.change().stats().meanChange())));
        }
        Optional<ThemeFigures> biggest = themes.stream().filter(t -> !t.change().suppressed() && t.change().stats().meanChange() != null)
                .max(Comparator.comparingDouble(t -> t.change().stats().meanChange()));
        String description = "Mean theme scores on a scale from " + scale.min() + " to " + scale.max() + " for "
                + (report.team() == null ? "all teams" : report.team())
                + ", before (grey) and after (blue), with 95% confidence intervals."
                + biggest.map(t -> " The largest change is in " + t.theme().title() + " ("
                + ReportFormat.signed(t.change().stats().meanChange()) + ").").orElse("");
        return new Chart("themes", "Theme scores before and after", description, WIDTH, height,
                List.of("Theme", "Before: mean (95% CI)", "After: mean (95% CI)", "Change (matched people)"), rows, canvas -> {
            legend(canvas, List.of("Before", "After"), List.of(BEFORE, AFTER));
            axis(canvas, TOP, height - BOTTOM, PLOT, scale.min(), scale.max(), 1, "");
            for (int k = 0; k < themes.size(); k++) {
                ThemeFigures t = themes.get(k);
                double y = TOP + k * rowHeight;
                canvas.text(LABEL - 10, y + 27, shorten(t.theme().title(), 36), 12, END, false, INK);
                bar(canvas, report, t.before(), y + 6, scale, PLOT, BEFORE);
                bar(canvas, report, t.after(), y + 24, scale, PLOT, AFTER);
            }
        });
    }

    private static void bar(ChartCanvas canvas, Report report, WaveFigures figures, double y, SurveyDefinition.Scale scale,
                            double plot, String colour) {
        double thickness = 14;
        if (figures.hidden() != null || figures.stats() == null || figures.stats().mean() == null) {
            canvas.text(LABEL + 6, y + 11, figures.hidden() != null ? report.label(figures.hidden()) : "no answers", 12, START, false, MUTED);
            return;
        }
        Descriptive d = figures.stats();
        double span = scale.max() - scale.min();
        canvas.rect(LABEL, y, plot * (d.mean() - scale.min()) / span, thickness, colour);
        if (d.ciLow() != null && d.ciHigh() != null) {
            double low = LABEL + plot * (clamp(d.ciLow(), scale) - scale.min()) / span;
            double high = LABEL + plot * (clamp(d.ciHigh(), scale) - scale.min()) / span;
            double middle = y + thickness / 2;
            canvas.line(low, middle, high, middle, INK, 1.5);
            canvas.line(low, middle - 5, low, middle + 5, INK, 1.5);
            canvas.line(high, middle - 5, high, middle + 5, INK, 1.5);
        }
    }

    /** For each question, how the matched people's answers moved, as one 100% bar. */
    public static Chart changes(Report report) {
        List<ItemFigures> items = report.overall().items();
        double rowHeight = 24;
        double height = height(rowHeight, items.size());
        List<List<String>> rows = new ArrayList<>();
        for (ItemFigures i : items) {
            List<String> row = new ArrayList<>(List.of(i.item().key() + ": " + i.item().text()));
            if (i.change().hidden() != null || i.change().shares() == null) {
                String label = i.change().hidden() != null ? report.label(i.change().hidden()) : "–";
                for (int s = 0; s < 6; s++) {
                    row.add(label);
                }
            } else {
                row.add(String.valueOf(i.change().stats().pairs()));
                for (double share : i.change().shares().asArray()) {
                    row.add(ReportFormat.percent(share));
                }
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of("Question", "People who answered both"));
        headers.addAll(ChangeShares.LABELS);
        String description = "For each of " + items.size() + " agree/disagree questions, the share of people who answered both "
                + "surveys whose answer (after reverse scoring) went down by 2 or more points, down by 1, stayed the same, went "
                + "up by 1, or went up by 2 or more.";
        return new Chart("changes", "How answers changed, question by question", description, WIDTH, height, headers, rows, canvas -> {
            legend(canvas, ChangeShares.LABELS, List.of(SHARES));
            axis(canvas, TOP, height - BOTTOM, PLOT, 0, 100, 25, "%");
            for (int k = 0; k < items.size(); k++) {
                ItemFigures i = items.get(k);
                double y = TOP + k * rowHeight;
                // the question's own words (the code is in the table below the chart)
                canvas.text(LABEL - 10, y + 15, shorten(i.item().text(), 30), 12, END, false, INK);
                if (i.change().hidden() != null || i.change().shares() == null) {
                    canvas.text(LABEL + 6, y + 15, i.change().hidden() != null ? report.label(i.change().hidden()) : "no pairs", 11,
                            START, false, MUTED);
                    continue;
                }
                double x = LABEL;
                double[] shares = i.change().shares().asArray();
                for (int s = 0; s < shares.length; s++) {
                    double w = PLOT * shares[s] / 100;
                    canvas.rect(x, y + 3, w, 17, SHARES[s]);
                    if (w >= 36) {
                        canvas.text(x + w / 2, y + 15.5, ReportFormat.percent(shares[s]), 12, MIDDLE, false, SHARE_TEXT[s]);
                    }
                    x += w;
                }
            }
        });
    }

    /** Response rate per team in each of the two waves. */
    public static Chart responseRates(Report report) {
        List<GroupReport> teams = report.teams();
        double rowHeight = 46;
        double height = height(rowHeight, teams.size());
        double plot = PLOT - 20;
        List<List<String>> rows = new ArrayList<>();
        for (GroupReport g : teams) {
            rows.add(List.of(g.label(), rate(g.response().rateBefore(), report), rate(g.response().rateAfter(), report),
                    ReportFormat.count(g.response().matched(), report)));
        }
        String description = "Percentage of invited staff who submitted the " + ReportFormat.wave(report.before().key()).toLowerCase(java.util.Locale.ROOT)
                + " survey (grey) and the " + ReportFormat.wave(report.after().key()).toLowerCase(java.util.Locale.ROOT)
                + " survey (blue), for each of " + teams.size() + (teams.size() == 1 ? " team." : " teams.");
        return new Chart("response", "Response rate by team", description, WIDTH, height,
                List.of("Team", "Response rate before", "Response rate after", "Answered both"), rows, canvas -> {
            legend(canvas, List.of("Before", "After"), List.of(BEFORE, AFTER));
            axis(canvas, TOP, height - BOTTOM, plot, 0, 100, 25, "%");
            for (int k = 0; k < teams.size(); k++) {
                GroupReport g = teams.get(k);
                double y = TOP + k * rowHeight;
                canvas.text(LABEL - 10, y + 27, shorten(g.label(), 36), 12, END, false, INK);
                rateBar(canvas, report, g.response().rateBefore(), y + 6, plot, BEFORE);
                rateBar(canvas, report, g.response().rateAfter(), y + 24, plot, AFTER);
            }
        });
    }

    private static void rateBar(ChartCanvas canvas, Report report, Rate rate, double y, double plot, String colour) {
        if (rate.hidden() != null || rate.percent() == null) {
            canvas.text(LABEL + 6, y + 11, rate.hidden() != null ? report.label(rate.hidden()) : "nobody invited", 12, START, false, MUTED);
            return;
        }
        double w = plot * Math.min(100, rate.percent()) / 100;
        canvas.rect(LABEL, y, w, 14, colour);
        canvas.text(LABEL + w + 4, y + 11, ReportFormat.percent(rate.percent()), 12, START, false, INK);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static void legend(ChartCanvas canvas, List<String> labels, List<String> colours) {
        double x = labels.size() > 2 ? 10 : LABEL;
        for (int i = 0; i < labels.size(); i++) {
            canvas.rect(x, 10, 12, 12, colours.get(i));
            canvas.text(x + 16, 20, labels.get(i), 12, START, false, INK);
            x += 24 + labels.get(i).length() * 6.8;
        }
    }

    private static void axis(ChartCanvas canvas, double top, double bottom, double plot, double min, double max, double step,
                             String unit) {
        for (double v = min; v <= max + 1e-9; v += step) {
            double x = LABEL + plot * (v - min) / (max - min);
            canvas.line(x, top - 4, x, bottom, GRID, 1);
            canvas.text(x, bottom + 16, (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + unit, 12, MIDDLE, false, MUTED);
        }
    }

    private static String meanWithCi(WaveFigures figures, Report report) {
        if (figures.hidden() != null) {
            return report.label(figures.hidden());
        }
        Descriptive d = figures.stats();
        if (d == null || d.mean() == null) {
            return "–";
        }
        return ReportFormat.number(d.mean()) + (d.ciLow() == null ? "" : " (" + ReportFormat.number(d.ciLow()) + " to "
                + ReportFormat.number(d.ciHigh()) + ")");
    }

    private static String rate(Rate rate, Report report) {
        return rate.hidden() != null ? report.label(rate.hidden()) : ReportFormat.percent(rate.percent());
    }

    private static double clamp(double value, SurveyDefinition.Scale scale) {
        return Math.max(scale.min(), Math.min(scale.max(), value));
    }

    private static SurveyDefinition.Scale scale(Report report) {
        return report.survey().scale() != null ? report.survey().scale() : new SurveyDefinition.Scale(1, 5, List.of());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3).stripTrailing() + "...";
    }
}
