package org.lantern.reports.analysis;

import org.lantern.reports.GroupReport;
import org.lantern.reports.Report;
import org.lantern.reports.UnlinkedFigures;
import org.lantern.reports.stats.IndependentComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.lantern.reports.analysis.AnalysisColumns.DOES_NOT_APPLY;
import static org.lantern.reports.analysis.AnalysisColumns.NOT_COMPUTABLE;
import static org.lantern.reports.analysis.AnalysisColumns.SHOWN;
import static org.lantern.reports.analysis.AnalysisColumns.coded;
import static org.lantern.reports.analysis.AnalysisColumns.decimal;
import static org.lantern.reports.analysis.AnalysisColumns.integer;
import static org.lantern.reports.analysis.AnalysisData.put;

/**
 * The independent-samples comparison including unlinked responses (paper forms without a participant code), as
 * columns after every other: filled on the change rows of the themes and questions of the report's own group when the
 * release holds unlinked responses. Weaker evidence: everyone before against everyone after, not the same people.
 * Its status keeps "hidden", "not computable" (Welch's t needs two people and some spread) and "does not apply" apart.
 */
final class UnlinkedColumns {

    private UnlinkedColumns() {
    }

    static List<Variable> of(Report report) {
        List<Variable> v = new ArrayList<>();
        v.add(integer("all_before_n", "Everyone before, unlinked included (weaker evidence: not the same people)"));
        v.add(integer("all_after_n", "Everyone after, unlinked included (weaker evidence: not the same people)"));
        v.add(integer("unlinked_before_n", "Unlinked responses (no participant code) among everyone before"));
        v.add(integer("unlinked_after_n", "Unlinked responses (no participant code) among everyone after"));
        v.add(decimal("all_before_mean", "Everyone before (unlinked included): mean"));
        v.add(decimal("all_before_sd", "Everyone before (unlinked included): standard deviation"));
        v.add(decimal("all_after_mean", "Everyone after (unlinked included): mean"));
        v.add(decimal("all_after_sd", "Everyone after (unlinked included): standard deviation"));
        v.add(decimal("welch_t", "Everyone before vs after: Welch's t (unequal variances)"));
        v.add(decimal("welch_df", "Everyone before vs after: Welch's degrees of freedom"));
        v.add(decimal("welch_p", "Everyone before vs after: Welch's t-test p-value (two-sided)"));
        v.add(decimal("mann_whitney_u", "Everyone before vs after: Mann-Whitney U of the after group"));
        v.add(decimal("mann_whitney_p", "Everyone before vs after: Mann-Whitney p-value (two-sided)"));
        v.add(decimal("independent_hedges_g", "Everyone before vs after: Hedges' g"));
        v.add(decimal("independent_hedges_g_ci_low", "Everyone before vs after: 95% CI of Hedges' g, lower end"));
        v.add(decimal("independent_hedges_g_ci_high", "Everyone before vs after: 95% CI of Hedges' g, upper end"));
        v.add(decimal("independent_rank_biserial", "Everyone before vs after: rank-biserial correlation"));
        v.add(decimal("independent_common_language", "Everyone before vs after: chance an after score is higher"));
        Map<Integer, String> status = AnalysisColumns.statusCodes(report,
                "no unlinked responses, a team's row, a wave row or a knowledge question",
                "Welch's t needs two people in each group and some spread");
        v.add(coded("unlinked_status", "Everyone before vs after: shown, why hidden, not computable or does not apply",
                status, List.of(DOES_NOT_APPLY)));
        return List.copyOf(v);
    }

    /** Rows the comparison is not about: does not apply. */
    static void none(Map<String, String> row) {
        row.put("unlinked_status", String.valueOf(DOES_NOT_APPLY));
    }

    /** Fills a theme's or question's change row of the report's group. */
    static void fill(Map<String, String> row, Report report, GroupReport group, boolean theme, String key, int wave) {
        UnlinkedFigures figures = group == report.overall() && wave == AnalysisColumns.CHANGE ? report.unlinked() : null;
        UnlinkedFigures.Row r = figures == null ? null : figures.row(key, theme);
        if (r == null) {
            return;
        }
        IndependentComparison c = r.comparison();
        if (r.hidden() != null || c == null) {
            row.put("unlinked_status", String.valueOf(r.hidden() == null ? NOT_COMPUTABLE : AnalysisColumns.code(r.hidden())));
            return;
        }
        row.put("all_before_n", String.valueOf(c.before().n()));
        row.put("all_after_n", String.valueOf(c.after().n()));
        if (r.unlinkedBefore() != null) {
            row.put("unlinked_before_n", String.valueOf(r.unlinkedBefore()));
        }
        if (r.unlinkedAfter() != null) {
            row.put("unlinked_after_n", String.valueOf(r.unlinkedAfter()));
        }
        put(row, "all_before_mean", c.before().mean());
        put(row, "all_before_sd", c.before().sd());
        put(row, "all_after_mean", c.after().mean());
        put(row, "all_after_sd", c.after().sd());
        put(row, "welch_t", c.welchT());
        put(row, "welch_df", c.welchDf());
        put(row, "welch_p", c.welchP());
        put(row, "mann_whitney_u", c.mannWhitneyU());
        put(row, "mann_whitney_p", c.mannWhitneyP());
        put(row, "independent_hedges_g", c.hedgesG());
        put(row, "independent_hedges_g_ci_low", c.hedgesGCiLow());
        put(row, "independent_hedges_g_ci_high", c.hedgesGCiHigh());
        put(row, "independent_rank_biserial", c.rankBiserial());
        put(row, "independent_common_language", c.commonLanguage());
        row.put("unlinked_status", String.valueOf(c.welchP() == null ? NOT_COMPUTABLE : SHOWN));
    }
}
