package org.lantern.reports.ui;

import lombok.RequiredArgsConstructor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import org.lantern.base.ui.Texts;
import org.lantern.reports.Chart;
import org.lantern.reports.Report;
import org.lantern.reports.ReportFormat;
import org.lantern.reports.ReportTrend;
import org.lantern.reports.TrendFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.PairedComparison;

import java.util.ArrayList;
import java.util.List;

import static org.lantern.reports.ui.ReportTable.Cell;

/**
 * The trend part of the report page, for programmes with three or more surveys: the chart of the cohort's theme
 * scores over the surveys, the Friedman test and each later survey against the baseline for each theme and question,
 * and, labelled apart, everyone who answered each survey.
 */
@RequiredArgsConstructor
final class ReportTrendSection {

    private final Report report;

    List<Component> components() {
        TrendFigures trend = report.trend();
        Chart chart = ReportTrend.chart(report);
        if (trend == null || chart == null) {
            return List.of();
        }
        String scope = report.team() == null ? report.overall().label() : report.team();
        List<Component> parts = new ArrayList<>(List.of(new H2("Trend over all surveys"),
                Texts.meta("The cohort is the people who answered every question of a theme in all " + trend.waves().size()
                        + " surveys, so each line follows the same people. The Friedman test asks whether their scores differ "
                        + "across the surveys; Kendall's W says how consistently (0 none, 1 everyone in the same order). Each later "
                        + "survey is compared with the baseline, with p-values adjusted within the theme (Holm)."),
                ReportSections.chart(chart)));
        parts.add(cohort("Cohort (answered every survey), themes: " + scope, trend.themes(), trend));
        parts.add(changes("Cohort, each survey against the baseline, themes: " + scope, trend.themes(), trend));
        parts.add(new H3("Everyone who answered each survey"));
        parts.add(Texts.meta("Different people in different surveys, so these are means only, with no test. Compare them with the "
                + "cohort to see whether the people who stayed differ from those who did not."));
        parts.add(everyone("Everyone per survey, themes: " + scope, trend.themes(), trend));
        parts.add(cohort("Cohort (answered every survey), questions: " + scope, trend.items(), trend));
        parts.add(changes("Cohort, each survey against the baseline, questions: " + scope, trend.items(), trend));
        return parts;
    }

    private Component cohort(String caption, List<TrendFigures.Row> rows, TrendFigures trend) {
        List<String> headers = new ArrayList<>(List.of("Theme or question"));
        for (int w = 0; w < trend.waves().size(); w++) {
            headers.add(ReportTrend.wave(trend, w) + ": people, mean (95% CI)");
        }
        headers.addAll(List.of("Friedman test", "Kendall's W"));
        ReportTable table = new ReportTable(caption, headers);
        for (TrendFigures.Row r : rows) {
            List<Cell> cells = new ArrayList<>();
            if (!r.cohortShown()) {
                Cell h = Cell.hidden(report.label(r.cohortHidden()));
                for (int i = 0; i < trend.waves().size() + 2; i++) {
                    cells.add(h);
                }
            } else {
                r.cohort().forEach(d -> cells.add(Cell.number(d.n() + ": " + ReportTrend.meanWithCi(d))));
                cells.add(Cell.number(ReportTrend.friedman(r.friedman())));
                cells.add(Cell.number(r.friedman() == null ? "–" : ReportFormat.number(r.friedman().kendallW())));
            }
            table.row(r.label(), cells);
        }
        return table.component();
    }

    private Component changes(String caption, List<TrendFigures.Row> rows, TrendFigures trend) {
        List<String> headers = new ArrayList<>(List.of("Theme or question"));
        for (int w = 1; w < trend.waves().size(); w++) {
            String name = ReportTrend.wave(trend, w);
            headers.addAll(List.of(name + ": mean change (95% CI)", name + ": t-test p (Holm)", name + ": Wilcoxon p (Holm)"));
        }
        ReportTable table = new ReportTable(caption, headers);
        for (TrendFigures.Row r : rows) {
            List<Cell> cells = new ArrayList<>();
            if (!r.cohortShown()) {
                Cell h = Cell.hidden(report.label(r.cohortHidden()));
                for (int i = 0; i < 3 * (trend.waves().size() - 1); i++) {
                    cells.add(h);
                }
            } else {
                for (TrendFigures.Change c : r.vsBaseline()) {
                    PairedComparison s = c.stats();
                    cells.add(Cell.number(ReportFormat.signed(s.meanChange()) + " (" + ReportFormat.interval(s.ciLow(), s.ciHigh()) + ")"));
                    cells.add(Cell.number(ReportFormat.p(s.tP()) + " (" + ReportFormat.p(c.holmTP()) + ")"));
                    cells.add(Cell.number(ReportFormat.p(s.wilcoxonP()) + " (" + ReportFormat.p(c.holmWilcoxonP()) + ")"));
                }
            }
            table.row(r.label(), cells);
        }
        return table.component();
    }

    private Component everyone(String caption, List<TrendFigures.Row> rows, TrendFigures trend) {
        List<String> headers = new ArrayList<>(List.of("Theme"));
        for (int w = 0; w < trend.waves().size(); w++) {
            headers.add(ReportTrend.wave(trend, w) + ": people, mean (95% CI)");
        }
        ReportTable table = new ReportTable(caption, headers);
        for (TrendFigures.Row r : rows) {
            List<Cell> cells = new ArrayList<>();
            for (WaveFigures w : r.everyone()) {
                cells.add(w.hidden() != null ? Cell.hidden(report.label(w.hidden()))
                        : Cell.number(w.stats().n() + ": " + ReportTrend.meanWithCi(w.stats())));
            }
            table.row(r.label(), cells);
        }
        return table.component();
    }
}
