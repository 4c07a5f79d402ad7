package org.lantern.reports.stats;

import org.apache.commons.numbers.gamma.LogGamma;
import org.jspecify.annotations.Nullable;

/**
 * Effect sizes of a paired comparison and their uncertainty:
 * <ul>
 *   <li>the 95% confidence interval of d_z from the noncentral t distribution: the noncentrality
 *       parameters whose distributions put the observed t at their 97.5th and 2.5th percentiles
 *       (df = n − 1), divided by √n (Steiger &amp; Fouladi 1997; Cumming &amp; Finch 2001);</li>
 *   <li>Hedges' small-sample correction g_z = d_z × J(n − 1) with the exact
 *       J(m) = Γ(m/2) / (√(m/2) Γ((m − 1)/2)) (Hedges 1981), not the 1 − 3/(4m − 1) approximation;</li>
 *   <li>the matched-pairs rank-biserial correlation of the Wilcoxon test, r = (W+ − W−) / (W+ + W−)
 *       over the non-zero differences (Kerby 2014): +1 when everyone who changed went up, −1 when
 *       everyone went down.</li>
 * </ul>
 */
public final class EffectSizes {

    private EffectSizes() {
    }

    /** The 95% confidence interval of d_z for a paired t of {@code n} pairs; null when t is undefined or infinite, or n &lt; 2. */
    public static double @Nullable [] dzInterval(@Nullable Double t, int n) {
        if (t == null || !Double.isFinite(t) || n < 2) {
            return null;
        }
        double[] delta = NoncentralT.noncentralityInterval(t, n - 1, 0.05);
        double root = Math.sqrt(n);
        return new double[]{delta[0] / root, delta[1] / root};
    }

    /** Hedges' g_z = d_z × J(n − 1); null when d_z is undefined or n &lt; 3 (J(1) is 0: with 2 pairs there is nothing to correct towards). */
    public static @Nullable Double hedgesGz(@Nullable Double dz, int n) {
        if (dz == null || n < 3) {
            return null;
        }
        return dz * correction(n - 1);
    }

    /** Hedges' J(m) for m degrees of freedom, from log-gamma values so that large m does not overflow. */
    static double correction(int m) {
        return Math.exp(LogGamma.value(m / 2.0) - LogGamma.value((m - 1) / 2.0) - 0.5 * Math.log(m / 2.0));
    }

    /** The matched-pairs rank-biserial correlation from W+ over {@code m} non-zero differences. */
    static double rankBiserial(double wPlus, int m) {
        double total = m * (m + 1.0) / 2;
        return (wPlus - (total - wPlus)) / total;
    }
}
