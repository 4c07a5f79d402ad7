package org.lantern.reports.stats;

import org.jspecify.annotations.Nullable;

/**
 * Two independent groups compared (everyone who answered before against everyone who answered after, not the
 * same people), after − before. A figure that cannot be computed is null.
 *
 * @param before        the first group's scores: n, mean, SD, 95% CI of the mean
 * @param after         the second group's
 * @param welchT        Welch's t (unequal variances); null with fewer than 2 in a group or no spread in either
 * @param welchDf       its Welch–Satterthwaite degrees of freedom
 * @param welchP        its two-sided p
 * @param mannWhitneyU  the Mann–Whitney U of the after group: pairs (after, before) with after higher, ties counting ½
 * @param mannWhitneyP  its two-sided p: normal approximation with tie and continuity correction; null when everyone
 *                      in both groups gave the same score
 * @param hedgesG       Hedges' g: (mean after − mean before) / pooled SD × J(n₁ + n₂ − 2); null from fewer than 3 in all
 * @param hedgesGCiLow  its 95% CI from the noncentral t of the pooled t-test, corrected by the same J
 * @param commonLanguage the probability that an after score is higher than a before score (ties ½): U / (n₁ n₂)
 * @param rankBiserial  2 × commonLanguage − 1: +1 when every after score is above every before score
 */
public record IndependentComparison(Descriptive before, Descriptive after, @Nullable Double welchT, @Nullable Double welchDf,
                                    @Nullable Double welchP, @Nullable Double mannWhitneyU, @Nullable Double mannWhitneyP,
                                    @Nullable Double hedgesG, @Nullable Double hedgesGCiLow, @Nullable Double hedgesGCiHigh,
                                    @Nullable Double commonLanguage, @Nullable Double rankBiserial) {
}
