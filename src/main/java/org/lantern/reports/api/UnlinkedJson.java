package org.lantern.reports.api;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.UnlinkedFigures;
import org.lantern.reports.stats.IndependentComparison;

import static org.lantern.reports.api.ReportJson.finite;
import static org.lantern.reports.api.ReportJson.reason;

/**
 * The independent-samples comparison in a theme's or question's object, when the release holds unlinked responses
 * (paper forms without a participant code): everyone before (unlinked included) against everyone after. Weaker
 * evidence than the paired figures beside it: not the same people.
 *
 * @param evidence        always "weaker evidence: not the same people"
 * @param nBefore         everyone before, unlinked responses included
 * @param nUnlinkedBefore of whom unlinked; null when hidden (shown only where it is the difference of two shown counts)
 */
record UnlinkedJson(String evidence, @Nullable Integer nBefore, @Nullable Integer nAfter, @Nullable Integer nUnlinkedBefore,
                    @Nullable Integer nUnlinkedAfter, @Nullable Double meanBefore, @Nullable Double sdBefore,
                    @Nullable Double meanAfter, @Nullable Double sdAfter, @Nullable Double welchT, @Nullable Double welchDf,
                    @Nullable Double welchP, @Nullable Double mannWhitneyU, @Nullable Double mannWhitneyP,
                    @Nullable Double hedgesG, @Nullable Double hedgesGCiLow, @Nullable Double hedgesGCiHigh,
                    @Nullable Double rankBiserial, @Nullable Double commonLanguage, boolean suppressed, @Nullable String hidden) {

    static final String EVIDENCE = "weaker evidence: not the same people";

    static @Nullable UnlinkedJson of(@Nullable UnlinkedFigures figures, String key, boolean theme) {
        UnlinkedFigures.Row row = figures == null ? null : figures.row(key, theme);
        if (row == null) {
            return null;
        }
        IndependentComparison c = row.comparison();
        if (c == null) {
            return new UnlinkedJson(EVIDENCE, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, true, reason(row.hidden()));
        }
        return new UnlinkedJson(EVIDENCE, c.before().n(), c.after().n(), row.unlinkedBefore(), row.unlinkedAfter(),
                finite(c.before().mean()), finite(c.before().sd()), finite(c.after().mean()), finite(c.after().sd()),
                finite(c.welchT()), finite(c.welchDf()), finite(c.welchP()), finite(c.mannWhitneyU()), finite(c.mannWhitneyP()),
                finite(c.hedgesG()), finite(c.hedgesGCiLow()), finite(c.hedgesGCiHigh()), finite(c.rankBiserial()),
                finite(c.commonLanguage()), false, null);
    }
}
