package org.lantern.reports.ui;

import lombok.RequiredArgsConstructor;

import org.lantern.reports.ChangeFigures;
import org.lantern.reports.ChoiceFigures;
import org.lantern.reports.KnowledgeText;
import org.lantern.reports.Count;
import org.lantern.reports.Rate;
import org.lantern.reports.Report;
import org.lantern.reports.ReportFormat;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;

import java.util.ArrayList;
import java.util.List;

import static org.lantern.reports.ui.ReportTable.Cell;

/** A report's figures as table cells: a number, or the label of why it is hidden. */
@RequiredArgsConstructor
final class ReportCells {

    private static final List<String> CHANGE_HEADERS = List.of("Before: people", "Before: average", "Before: SD",
            "After: people", "After: average", "After: SD", "Answered both", "Average change", "SD of change",
            "95% confidence interval", "t-test p", "Wilcoxon p", "Effect size (d_z)", "Effect size: 95% confidence interval",
            "Effect size corrected for small groups (Hedges' g_z)", "Wilcoxon effect size (rank-biserial r)");

    private final Report report;

    List<Cell> change(WaveFigures before, WaveFigures after, ChangeFigures change) {
        List<Cell> cells = new ArrayList<>();
        wave(cells, before);
        wave(cells, after);
        PairedComparison c = change.stats();
        if (change.hidden() != null || c == null) {
            Cell h = change.hidden() != null ? Cell.hidden(report.label(change.hidden())) : Cell.number("–");
            for (int i = 0; i < 12; i++) {
                cells.add(h);
            }
            return cells;
        }
        cells.add(Cell.number(String.valueOf(c.pairs())));
        cells.add(Cell.number(ReportFormat.signed(c.meanChange())));
        cells.add(Cell.number(ReportFormat.number(c.sdChange())));
        cells.add(Cell.number(ReportFormat.interval(c.ciLow(), c.ciHigh())));
        cells.add(Cell.number(ReportFormat.p(c.tP())));
        cells.add(Cell.number(ReportFormat.p(c.wilcoxonP())));
        cells.add(Cell.number(ReportFormat.number(c.dz())));
        cells.add(Cell.number(ReportFormat.interval(c.dzCiLow(), c.dzCiHigh())));
        cells.add(Cell.number(ReportFormat.number(c.hedgesGz())));
        cells.add(Cell.number(ReportFormat.number(c.wilcoxon() == null ? null : c.wilcoxon().rankBiserial())));
        cells.add(Cell.number(ReportFormat.p(change.adjustedTP())));
        cells.add(Cell.number(ReportFormat.p(change.adjustedWilcoxonP())));
        return cells;
    }

    private void wave(List<Cell> cells, WaveFigures figures) {
        if (hiddenWave(report, cells, figures)) {
            return;
        }
        Descriptive d = figures.stats();
        cells.add(Cell.number(d == null ? "0" : String.valueOf(d.n())));
        cells.add(Cell.number(d == null ? "–" : ReportFormat.number(d.mean())));
        cells.add(Cell.number(d == null ? "–" : ReportFormat.number(d.sd())));
    }

    /**
     * When the wave's figures are hidden, fills its three columns with why (also the reliability
     * table's) and says so; otherwise adds nothing.
     */
    static boolean hiddenWave(Report report, List<Cell> cells, WaveFigures figures) {
        if (figures.hidden() == null) {
            return false;
        }
        Cell h = Cell.hidden(report.label(figures.hidden()));
        cells.addAll(List.of(h, h, h));
        return true;
    }

    Cell count(Count count) {
        return count.hidden() != null ? Cell.hidden(report.label(count.hidden())) : Cell.number(String.valueOf(count.value()));
    }

    Cell rate(Rate rate) {
        return rate.hidden() != null ? Cell.hidden(report.label(rate.hidden())) : Cell.number(ReportFormat.percent(rate.percent()));
    }

    Cell correctCount(ChoiceFigures.Correct c) {
        return c.hidden() != null ? Cell.hidden(report.label(c.hidden())) : Cell.number(String.valueOf(c.n()));
    }

    Cell correctPercent(ChoiceFigures.Correct c) {
        return c.hidden() != null ? Cell.hidden(report.label(c.hidden())) : Cell.number(ReportFormat.percent(c.percent()));
    }

    Cell discrimination(ChoiceFigures.Correct c) {
        String text = KnowledgeText.discrimination(c, report);
        return c.discrimination() != null && c.discrimination().hidden() != null ? Cell.hidden(text) : Cell.number(text);
    }

    /**
     * The headers of a table of changes, after the first column's; {@code adjustment} names how its p-values are
     * adjusted for the number of tests.
     */
    static List<String> withChangeHeaders(String first, String adjustment) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(CHANGE_HEADERS);
        all.add("t-test p, adjusted (" + adjustment + ")");
        all.add("Wilcoxon p, adjusted (" + adjustment + ")");
        return all;
    }
}
