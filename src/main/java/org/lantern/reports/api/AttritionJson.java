package org.lantern.reports.api;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.Attrition;
import org.lantern.reports.stats.Descriptive;

/**
 * A theme's attrition in JSON: the before scores of completers (answered the theme in both surveys) and drop-outs
 * (before only), and the standardised difference completers − drop-outs as Cohen's d with the pooled SD
 * ({@code cohenD}) and Hedges' g ({@code hedgesG}). Hidden figures are null, with the reason in {@code hidden}.
 */
record AttritionJson(@Nullable Integer completersN, @Nullable Double completersMean, @Nullable Double completersSd,
                     @Nullable Integer dropOutsN, @Nullable Double dropOutsMean, @Nullable Double dropOutsSd,
                     @Nullable Double cohenD, @Nullable Double hedgesG, boolean suppressed, @Nullable String hidden) {

    /** Null for releases made before attrition was worked out. */
    static @Nullable AttritionJson of(@Nullable Attrition a) {
        if (a == null) {
            return null;
        }
        Descriptive c = a.completers();
        Descriptive d = a.dropOuts();
        return new AttritionJson(c == null ? null : c.n(), c == null ? null : ReportJson.finite(c.mean()),
                c == null ? null : ReportJson.finite(c.sd()), d == null ? null : d.n(), d == null ? null : ReportJson.finite(d.mean()),
                d == null ? null : ReportJson.finite(d.sd()), ReportJson.finite(a.cohenD()), ReportJson.finite(a.hedgesG()),
                a.suppressed(), a.hidden() == null ? null : a.hidden().code());
    }
}
