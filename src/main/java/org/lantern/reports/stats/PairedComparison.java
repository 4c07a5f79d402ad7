package org.lantern.reports.stats;

import org.jspecify.annotations.Nullable;

/**
 * Before and after scores of the same people, compared. Differences are after − before.
 *
 * @param pairs         how many people have both scores
 * @param beforeMean    mean before, of these people only
 * @param afterMean     mean after, of these people only
 * @param meanChange    mean of the differences
 * @param sdChange      standard deviation of the differences (n − 1); 0 when all differences are equal
 *                      within {@link PairedStatistics#TOLERANCE}; null with fewer than 2 pairs
 * @param ciLow         lower end of the t-based 95% confidence interval of the mean change
 * @param ciHigh        upper end of that interval
 * @param t             paired t statistic; null when it is undefined (fewer than 2 pairs, or no change and no spread)
 * @param tP            two-sided p-value of the paired t-test (as {@code scipy.stats.ttest_rel}); 0 when
 *                      every difference is the same non-zero value
 * @param wilcoxon      the Wilcoxon signed-rank test, or null when every difference is zero
 * @param dz            effect size Cohen's d_z = mean change / SD of change; null when the SD is 0 or undefined
 * @param dzCiLow       lower end of the 95% confidence interval of d_z from the noncentral t ({@link EffectSizes}); null
 *                      when d_z is null (and in releases made before it was computed)
 * @param dzCiHigh      upper end of that interval
 * @param hedgesGz      Hedges' small-sample corrected g_z = d_z × J(n − 1); null when d_z is null or there are fewer than 3 pairs
 */
public record PairedComparison(int pairs, @Nullable Double beforeMean, @Nullable Double afterMean,
                               @Nullable Double meanChange, @Nullable Double sdChange, @Nullable Double ciLow,
                               @Nullable Double ciHigh, @Nullable Double t, @Nullable Double tP,
                               @Nullable Wilcoxon wilcoxon, @Nullable Double dz, @Nullable Double dzCiLow,
                               @Nullable Double dzCiHigh, @Nullable Double hedgesGz) {

    /** The Wilcoxon p-value, or null. */
    public @Nullable Double wilcoxonP() {
        return wilcoxon == null ? null : wilcoxon.p();
    }

    /**
     * A two-sided Wilcoxon signed-rank test.
     *
     * @param n     the number of non-zero differences
     * @param wPlus the sum of the ranks of the positive differences
     * @param exact true when the exact null distribution was used, false for the normal approximation
     * @param p     the two-sided p-value
     * @param rankBiserial the matched-pairs rank-biserial correlation (W+ − W−) / (W+ + W−) (Kerby 2014); null in
     *                     releases made before it was computed
     */
    public record Wilcoxon(int n, double wPlus, boolean exact, double p, @Nullable Double rankBiserial) {
    }
}
