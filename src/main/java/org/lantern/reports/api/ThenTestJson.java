package org.lantern.reports.api;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ThenTestFigures;
import org.lantern.reports.stats.PairedComparison;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code thenTest} object in a theme's or question's JSON: on the people who answered before, after and the
 * then-test (looking back) version, their mean scores ({@code beforeMean}, {@code thenMean}, {@code afterMean}) and three
 * comparisons of the same people, each with the pair comparison's figures under a prefix: {@code thenVsPost…} (after −
 * then-test), {@code preVsPost…} (after − before) and {@code responseShift…} (then-test − before), e.g.
 * {@code thenVsPostMeanChange}, {@code thenVsPostCiLow}, {@code thenVsPostTP}, {@code thenVsPostWilcoxonP},
 * {@code thenVsPostDz}, {@code responseShift} (the mean of then-test − before). Hidden figures are null, with the reason
 * in {@code hidden}; the object is null for a theme or question without a then-test.
 */
final class ThenTestJson {

    private ThenTestJson() {
    }

    static @Nullable Map<String, @Nullable Object> of(ThenTestFigures.@Nullable Row row) {
        if (row == null) {
            return null;
        }
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        PairedComparison then = row.thenVsAfter();
        PairedComparison prePost = row.beforeVsAfter();
        json.put("people", row.people());
        json.put("questions", row.questions());
        json.put("beforeMean", prePost == null ? null : ReportJson.finite(prePost.beforeMean()));
        json.put("thenMean", then == null ? null : ReportJson.finite(then.beforeMean()));
        json.put("afterMean", then == null ? null : ReportJson.finite(then.afterMean()));
        comparison(json, "thenVsPost", then);
        comparison(json, "preVsPost", prePost);
        PairedComparison shift = row.responseShift();
        json.put("responseShift", shift == null ? null : ReportJson.finite(shift.meanChange()));
        comparison(json, "responseShift", shift);
        json.put("suppressed", row.suppressed());
        json.put("hidden", ReportJson.reason(row.hidden()));
        return json;
    }

    /** A comparison's figures, each name prefixed. */
    private static void comparison(Map<String, @Nullable Object> json, String prefix, @Nullable PairedComparison c) {
        json.put(prefix + "MeanChange", c == null ? null : ReportJson.finite(c.meanChange()));
        json.put(prefix + "SdChange", c == null ? null : ReportJson.finite(c.sdChange()));
        json.put(prefix + "CiLow", c == null ? null : ReportJson.finite(c.ciLow()));
        json.put(prefix + "CiHigh", c == null ? null : ReportJson.finite(c.ciHigh()));
        json.put(prefix + "T", c == null ? null : ReportJson.finite(c.t()));
        json.put(prefix + "TP", c == null ? null : ReportJson.finite(c.tP()));
        json.put(prefix + "WilcoxonP", c == null ? null : ReportJson.finite(c.wilcoxonP()));
        json.put(prefix + "Dz", c == null ? null : ReportJson.finite(c.dz()));
        json.put(prefix + "DzCiLow", c == null ? null : ReportJson.finite(c.dzCiLow()));
        json.put(prefix + "DzCiHigh", c == null ? null : ReportJson.finite(c.dzCiHigh()));
        json.put(prefix + "HedgesGz", c == null ? null : ReportJson.finite(c.hedgesGz()));
        json.put(prefix + "RankBiserial", c == null || c.wilcoxon() == null ? null : ReportJson.finite(c.wilcoxon().rankBiserial()));
    }
}
