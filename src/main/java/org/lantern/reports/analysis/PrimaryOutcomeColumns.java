package org.lantern.reports.analysis;

import org.lantern.reports.AnalysisPlan;
import org.lantern.reports.GroupReport;
import org.lantern.reports.PrimaryOutcome;

import java.util.List;
import java.util.Map;

import static org.lantern.reports.analysis.AnalysisColumns.CHANGE;
import static org.lantern.reports.analysis.AnalysisColumns.DOES_NOT_APPLY;
import static org.lantern.reports.analysis.AnalysisColumns.THEME;
import static org.lantern.reports.analysis.AnalysisColumns.codes;
import static org.lantern.reports.analysis.AnalysisColumns.coded;
import static org.lantern.reports.analysis.AnalysisColumns.decimal;

/**
 * The locked analysis plan in the main table: every row says whether it is the pre-registered primary outcome or
 * exploratory, and the primary theme's change row carries the plan (test, alpha, minimum meaningful change) and its
 * verdict. Columns of the main table, not a table of their own, because the outcome is one of its rows: an analyst
 * filters {@code analysis = 1} and has the outcome's figures and the plan they were judged by side by side.
 */
final class PrimaryOutcomeColumns {

    static final int PRIMARY = 1;
    static final int EXPLORATORY = 2;
    static final int NO = 0;
    static final int YES = 1;
    static final int NOT_COMPUTABLE = 2;
    static final int HIDDEN = 3;

    private PrimaryOutcomeColumns() {
    }

    static List<Variable> variables() {
        List<Integer> missing = List.of(DOES_NOT_APPLY);
        Map<Integer, String> verdict = codes(DOES_NOT_APPLY, "Does not apply (not the primary outcome's change row)", NO, "No",
                YES, "Yes", NOT_COMPUTABLE, "Not computable (the planned test could not be worked out)",
                HIDDEN, "Hidden (the column hidden says why)");
        return List.of(
                coded("analysis", "Primary outcome chosen in advance in the locked analysis plan, or exploratory",
                        codes(PRIMARY, "Primary outcome (locked analysis plan)", EXPLORATORY, "Exploratory"), List.of()),
                coded("plan_test", "Test the analysis plan names for the primary outcome",
                        codes(DOES_NOT_APPLY, "Does not apply (not the primary outcome's change row)", 1, "Paired t-test",
                                2, "Wilcoxon signed-rank test"), missing),
                decimal("plan_alpha", "Alpha the analysis plan set for the primary outcome"),
                decimal("plan_minimum_change", "Minimum meaningful change the analysis plan set (points)"),
                coded("below_alpha", "Planned test's p-value is below the plan's alpha", verdict, missing),
                coded("reaches_minimum", "Mean change reaches the plan's minimum meaningful change", verdict, missing));
    }

    /** Fills a row's columns: the mark on every row, the plan and its verdict on the primary theme's change row only. */
    static void fill(Map<String, String> row, PrimaryOutcome outcome, GroupReport group, int level, String key, int wave) {
        boolean primary = level == THEME && outcome.analysis(group, "theme", key).equals("primary");
        row.put("analysis", String.valueOf(primary ? PRIMARY : EXPLORATORY));
        AnalysisPlan plan = outcome.plan();
        if (!primary || wave != CHANGE || plan == null) {
            row.put("plan_test", String.valueOf(DOES_NOT_APPLY));
            row.put("below_alpha", String.valueOf(DOES_NOT_APPLY));
            row.put("reaches_minimum", String.valueOf(DOES_NOT_APPLY));
            return;
        }
        row.put("plan_test", String.valueOf(plan.test().ordinal() + 1));
        AnalysisData.put(row, "plan_alpha", plan.alpha());
        AnalysisData.put(row, "plan_minimum_change", plan.minimumChange());
        row.put("below_alpha", verdict(outcome, outcome.belowAlpha()));
        row.put("reaches_minimum", verdict(outcome, outcome.reachesMinimum()));
    }

    private static String verdict(PrimaryOutcome outcome, @org.jspecify.annotations.Nullable Boolean yes) {
        return String.valueOf(switch (outcome.status()) {
            case RESULT -> Boolean.TRUE.equals(yes) ? YES : NO;
            case HIDDEN -> HIDDEN;
            default -> NOT_COMPUTABLE;
        });
    }
}
