package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.Reliability;

import java.util.Collections;
import java.util.List;

/**
 * The CSV columns after d_z: the effect sizes' uncertainty, adjusted p-values (Holm on theme rows,
 * Benjamini–Hochberg on question rows) and reliability per wave (alpha on theme rows, item-total and
 * alpha if deleted on question rows). Empty where hidden, undefined or not for this level.
 */
final class ReportCsvScales {

    /** How many columns this adds. */
    static final int COLUMNS = 22;

    private ReportCsvScales() {
    }

    static void theme(List<String> row, ThemeFigures t) {
        effects(row, t.change());
        adjusted(row, t.change());
        row.addAll(List.of("", ""));
        for (WaveFigures w : List.of(t.before(), t.after())) {
            Reliability r = w.hidden() == null ? w.reliability() : null;
            row.addAll(List.of(r == null ? "" : ReportFormat.data(r.cronbachAlpha()), r == null ? "" : ReportFormat.data(r.alphaCiLow()),
                    r == null ? "" : ReportFormat.data(r.alphaCiHigh()), r == null ? "" : ReportFormat.data(r.omega()),
                    r == null || r.undefined() == null ? "" : r.undefined().code(),
                    "", ""));
        }
    }

    static void item(List<String> row, ItemFigures i) {
        effects(row, i.change());
        row.addAll(List.of("", ""));
        adjusted(row, i.change());
        for (WaveFigures w : List.of(i.before(), i.after())) {
            Reliability.Item r = w.hidden() == null ? w.inTheme() : null;
            row.addAll(List.of("", "", "", "", ""));
            row.addAll(List.of(r == null ? "" : ReportFormat.data(r.itemTotal()), r == null ? "" : ReportFormat.data(r.alphaIfDeleted())));
        }
    }

    private static void effects(List<String> row, ChangeFigures change) {
        PairedComparison c = change.hidden() == null ? change.stats() : null;
        if (c == null) {
            row.addAll(Collections.nCopies(4, ""));
            return;
        }
        row.addAll(List.of(ReportFormat.data(c.dzCiLow()), ReportFormat.data(c.dzCiHigh()), ReportFormat.data(c.hedgesGz()),
                ReportFormat.data(c.wilcoxon() == null ? null : c.wilcoxon().rankBiserial())));
    }

    private static void adjusted(List<String> row, ChangeFigures change) {
        row.add(ReportFormat.data(hiddenOr(change, change.adjustedTP())));
        row.add(ReportFormat.data(hiddenOr(change, change.adjustedWilcoxonP())));
    }

    private static @Nullable Double hiddenOr(ChangeFigures change, @Nullable Double value) {
        return change.hidden() == null ? value : null;
    }
}
