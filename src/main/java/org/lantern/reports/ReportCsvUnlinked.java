package org.lantern.reports;

import org.lantern.reports.stats.IndependentComparison;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The independent-samples comparison including unlinked responses in the tidy CSV: columns at the very end, filled on
 * the theme and question rows of the report's own group (all teams, or the one team) when the release holds unlinked
 * responses, empty elsewhere. Weaker evidence: everyone before against everyone after, not the same people.
 */
final class ReportCsvUnlinked {

    static final List<String> COLUMNS = List.of("all_before_n", "all_after_n", "unlinked_before_n", "unlinked_after_n",
            "all_before_mean", "all_before_sd", "all_after_mean", "all_after_sd", "welch_t", "welch_df", "welch_p",
            "mann_whitney_u", "mann_whitney_p", "independent_hedges_g", "independent_hedges_g_ci_low",
            "independent_hedges_g_ci_high", "independent_rank_biserial", "independent_common_language", "independent_reason");

    private ReportCsvUnlinked() {
    }

    /** The row with the comparison's columns added: filled for the report's group's theme or question {@code key}. */
    static List<String> append(List<String> row, Report report, GroupReport group, String key, boolean theme) {
        List<String> all = new ArrayList<>(row);
        UnlinkedFigures figures = group == report.overall() ? report.unlinked() : null;
        UnlinkedFigures.Row r = figures == null ? null : figures.row(key, theme);
        if (r == null) {
            all.addAll(Collections.nCopies(COLUMNS.size(), ""));
            return all;
        }
        IndependentComparison c = r.comparison();
        if (c == null) {
            all.addAll(Collections.nCopies(COLUMNS.size() - 1, ""));
            all.add(r.hidden() == null ? "" : r.hidden().code());
            return all;
        }
        all.addAll(List.of(String.valueOf(c.before().n()), String.valueOf(c.after().n()), ReportFormat.data(r.unlinkedBefore()),
                ReportFormat.data(r.unlinkedAfter()), ReportFormat.data(c.before().mean()), ReportFormat.data(c.before().sd()),
                ReportFormat.data(c.after().mean()), ReportFormat.data(c.after().sd()), ReportFormat.data(c.welchT()),
                ReportFormat.data(c.welchDf()), ReportFormat.data(c.welchP()), ReportFormat.data(c.mannWhitneyU()),
                ReportFormat.data(c.mannWhitneyP()), ReportFormat.data(c.hedgesG()), ReportFormat.data(c.hedgesGCiLow()),
                ReportFormat.data(c.hedgesGCiHigh()), ReportFormat.data(c.rankBiserial()), ReportFormat.data(c.commonLanguage()), ""));
        return all;
    }

    /** A row with the comparison's columns empty. */
    static List<String> empty(List<String> row) {
        List<String> all = new ArrayList<>(row);
        all.addAll(Collections.nCopies(COLUMNS.size(), ""));
        return all;
    }
}
