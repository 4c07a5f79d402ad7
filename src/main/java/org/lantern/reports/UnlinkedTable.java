package org.lantern.reports;

import org.lantern.reports.stats.IndependentComparison;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The independent-samples comparison including unlinked responses as table rows, the same in the page, the PDF and
 * the workbook: one row per theme, then per question, of the report's group. Always labelled as weaker evidence.
 */
public final class UnlinkedTable {

    public static final String TITLE = "Weaker evidence: everyone before against everyone after, including forms without a code";
    public static final List<String> HEADERS = List.of("Theme or question", "Before: people", "of whom without a code",
            "Before: mean", "After: people", "of whom without a code", "After: mean", "Welch's t (df)", "Welch p",
            "Mann–Whitney U", "Mann–Whitney p", "Hedges' g [95% CI]", "Rank-biserial r");
    /** What the comparison is, and why the paired figures stay the main result, in plain words. */
    public static final String NOTE = "Some answers were collected without a participant code (for example anonymous paper "
            + "forms), so they cannot be matched across the two surveys and are never part of the paired figures above. This "
            + "table compares everyone who answered before (with or without a code) with everyone who answered after: "
            + "different people in part, so a difference may come from who answered rather than from change. It is weaker "
            + "evidence; the paired figures remain the main result.";
    /** The method note's paragraph. */
    public static final String METHOD = "Unlinked responses. Responses imported without a participant code cannot be paired; "
            + "they are left out of every paired, per-survey, trend and attrition figure. Where a release includes some, each "
            + "theme and question also compares everyone before (people with a code who answered the whole theme, and the "
            + "forms without a code that did) with everyone after as independent samples: Welch's t-test (unequal variances, "
            + "Welch–Satterthwaite df; scipy.stats.ttest_ind with equal_var=False) and the Mann–Whitney U test (two-sided, "
            + "normal approximation with tie and continuity correction; scipy.stats.mannwhitneyu, method \"asymptotic\"), "
            + "with Hedges' g (pooled SD) and its 95% CI from the noncentral t, and the rank-biserial correlation 2U/(n1 n2) − 1. "
            + "People who answered both surveys appear in both groups, so the groups are not independent and the p-values are "
            + "approximate; this is why the comparison is reported as weaker evidence and the paired tests remain the primary "
            + "analysis. The two groups go through the same disclosure checks as every other figure, so a group of fewer than "
            + "the minimum number of forms without a code cannot be worked out by subtraction.";

    private UnlinkedTable() {
    }

    /** Each theme, then each question, of the report's group; empty when the release holds no unlinked responses. */
    public static List<List<String>> rows(Report report) {
        List<List<String>> rows = new ArrayList<>();
        UnlinkedFigures figures = report.unlinked();
        if (figures == null) {
            return rows;
        }
        for (UnlinkedFigures.Row r : figures.themes()) {
            rows.add(row(report, r));
        }
        for (UnlinkedFigures.Row r : figures.items()) {
            rows.add(row(report, r));
        }
        return rows;
    }

    private static List<String> row(Report report, UnlinkedFigures.Row r) {
        List<String> row = new ArrayList<>(List.of(r.label()));
        IndependentComparison c = r.comparison();
        if (c == null) {
            row.addAll(Collections.nCopies(HEADERS.size() - 1, r.hidden() == null ? "" : report.label(r.hidden())));
            return row;
        }
        row.addAll(List.of(String.valueOf(c.before().n()), count(report, r.unlinkedBefore()), ReportFormat.number(c.before().mean()),
                String.valueOf(c.after().n()), count(report, r.unlinkedAfter()), ReportFormat.number(c.after().mean()),
                c.welchT() == null ? "–" : ReportFormat.signed(c.welchT()) + " (" + ReportFormat.number(c.welchDf()) + ")",
                ReportFormat.p(c.welchP()), ReportFormat.number(c.mannWhitneyU()), ReportFormat.p(c.mannWhitneyP()),
                c.hedgesG() == null ? "–" : ReportFormat.signed(c.hedgesG()) + " "
                        + ReportFormat.interval(c.hedgesGCiLow(), c.hedgesGCiHigh()),
                ReportFormat.signed(c.rankBiserial())));
        return row;
    }

    private static String count(Report report, Integer value) {
        return value == null ? report.label(Hidden.PROTECTS_OTHERS) : String.valueOf(value);
    }
}
