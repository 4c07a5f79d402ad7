package org.lantern.reports.stats;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.TTest;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;

/**
 * The independent-samples comparison of two groups of different people ({@link IndependentComparison}), with these rules:
 * <ul>
 *   <li>Welch's t-test equals {@code scipy.stats.ttest_ind(after, before, equal_var=False)} (Commons Statistics
 *       {@code TTest}, heteroscedastic); undefined when either group has fewer than 2 scores or neither varies;</li>
 *   <li>the Mann–Whitney U test equals {@code scipy.stats.mannwhitneyu(after, before, method="asymptotic",
 *       use_continuity=True)}: two-sided, the normal approximation with tie correction and continuity correction,
 *       always (Commons Statistics {@code MannWhitneyUTest}, {@code PValueMethod.ASYMPTOTIC}), so that small groups,
 *       with or without ties, are handled alike; undefined when all scores are equal;</li>
 *   <li>Hedges' g uses the pooled SD (each variance weighted by n − 1) and the exact J; its interval is that of
 *       Cohen's d from the noncentral t with n₁ + n₂ − 2 df (Steiger &amp; Fouladi 1997), times J;</li>
 *   <li>scores within {@link PairedStatistics#TOLERANCE} of each other are equal (theme scores are means).</li>
 * </ul>
 */
public final class IndependentSamples {

    private static final MannWhitneyUTest MANN_WHITNEY = MannWhitneyUTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED).with(PValueMethod.ASYMPTOTIC).with(ContinuityCorrection.ENABLED);
    private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);

    private IndependentSamples() {
    }

    /** Compares the after scores with the before scores (different people). */
    public static IndependentComparison compare(double[] before, double[] after) {
        double[] b = before;
        double[] a = after;
        Descriptive db = PairedStatistics.describe(b);
        Descriptive da = PairedStatistics.describe(a);
        Double t = null;
        Double df = null;
        Double p = null;
        boolean spread = varies(b) || varies(a);
        if (b.length >= 2 && a.length >= 2 && spread) {
            TTest.Result welch = WELCH.test(a, b);
            t = welch.getStatistic();
            df = welch.getDegreesOfFreedom();
            p = welch.getPValue();
        }
        Double u = null;
        Double up = null;
        Double cl = null;
        Double r = null;
        if (b.length >= 1 && a.length >= 1) {
            double[] sa = snap(a);
            double[] sb = snap(b);
            u = MANN_WHITNEY.statistic(sa, sb);
            cl = u / ((double) a.length * b.length);
            r = 2 * cl - 1;
            if (!allEqual(sa, sb)) {
                up = MANN_WHITNEY.test(sa, sb).getPValue();
            }
        }
        double[] g = hedges(db, da);
        return new IndependentComparison(db, da, t, df, p, u, up, g == null ? null : g[0], g == null ? null : g[1],
                g == null ? null : g[2], cl, r);
    }

    /** Hedges' g and its 95% interval, or null when there are fewer than 3 scores in all or no spread within the groups. */
    private static double @Nullable [] hedges(Descriptive b, Descriptive a) {
        int n1 = a.n();
        int n2 = b.n();
        int df = n1 + n2 - 2;
        if (n1 < 1 || n2 < 1 || df < 2) {
            return null;
        }
        double v1 = a.sd() == null ? 0 : a.sd() * a.sd();
        double v2 = b.sd() == null ? 0 : b.sd() * b.sd();
        double pooled = Math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / df);
        if (pooled <= PairedStatistics.TOLERANCE) {
            return null;
        }
        double d = (a.mean() - b.mean()) / pooled;
        double j = EffectSizes.correction(df);
        double scale = Math.sqrt(1.0 / n1 + 1.0 / n2);
        double[] delta = NoncentralT.noncentralityInterval(d / scale, df, 0.05);
        return new double[]{d * j, delta[0] * scale * j, delta[1] * scale * j};
    }

    /** Scores rounded to 9 decimals, so that theme means that are equal in exact arithmetic tie. */
    private static double[] snap(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v / PairedStatistics.TOLERANCE) * PairedStatistics.TOLERANCE).toArray();
    }

    private static boolean varies(double[] values) {
        return values.length > 1 && Arrays.stream(values).max().orElse(0) - Arrays.stream(values).min().orElse(0) > PairedStatistics.TOLERANCE;
    }

    private static boolean allEqual(double[] a, double[] b) {
        double first = a[0];
        return Arrays.stream(a).allMatch(v -> v == first) && Arrays.stream(b).allMatch(v -> v == first);
    }
}
