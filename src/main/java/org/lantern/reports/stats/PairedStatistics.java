package org.lantern.reports.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.TTest.Result;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Descriptive statistics and paired tests, with these rules:
 * <ul>
 *   <li>standard deviations divide by n − 1; confidence intervals are t-based, 95%;</li>
 *   <li>the paired t-test equals {@code scipy.stats.ttest_rel} (two-sided);</li>
 *   <li>the Wilcoxon signed-rank test is two-sided; zero differences are dropped (n counts the
 *       non-zero ones); with n ≤ 50 and no tied absolute differences the exact null distribution
 *       is used, otherwise the normal approximation with tie correction and no continuity
 *       correction (as {@code scipy.stats.wilcoxon} with {@code method="exact"} and
 *       {@code method="asymptotic"});</li>
 *   <li>theme scores are means, so floating-point noise must not decide: differences within
 *       {@link #TOLERANCE} of zero count as zero, absolute differences within it of each other
 *       count as tied, and differences that are all tied have an SD of exactly 0.</li>
 * </ul>
 */
public final class PairedStatistics {

    /** Differences closer than this are equal; closer than this to 0 are zero. */
    public static final double TOLERANCE = 1e-9;
    /** Largest number of non-zero differences for the exact Wilcoxon distribution. */
    public static final int EXACT_LIMIT = 50;

    private static final WilcoxonSignedRankTest EXACT = WilcoxonSignedRankTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED).with(ContinuityCorrection.DISABLED).with(PValueMethod.EXACT);
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final Map<Integer, Double> T_QUANTILES = new ConcurrentHashMap<>();

    private PairedStatistics() {
    }

    /** Mean, SD and 95% confidence interval of the first {@code n} values. */
    public static Descriptive describe(double[] values, int n) {
        if (n == 0) {
            return new Descriptive(0, null, null, null, null);
        }
        double mean = mean(values, n);
        if (n == 1) {
            return new Descriptive(1, mean, null, null, null);
        }
        double sd = sd(values, n, mean);
        double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
        return new Descriptive(n, mean, sd, mean - half, mean + half);
    }

    public static Descriptive describe(double[] values) {
        return describe(values, values.length);
    }

    /** Compares the first {@code n} pairs of {@code before[i]} and {@code after[i]}. */
    public static PairedComparison compare(double[] before, double[] after, int n) {
        double[] differences = new double[n];
        for (int i = 0; i < n; i++) {
            differences[i] = after[i] - before[i];
        }
        return compare(before, after, differences, n);
    }

    public static PairedComparison compare(double[] before, double[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("before and after must have the same length");
        }
        return compare(before, after, before.length);
    }

    /**
     * Compares pairs whose differences were computed by the caller, e.g. exactly from integer sums,
     * so that equal changes are equal doubles.
     */
    public static PairedComparison compare(double[] before, double[] after, double[] differences, int n) {
        if (n == 0) {
            return new PairedComparison(0, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        double beforeMean = mean(before, n);
        double afterMean = mean(after, n);
        double meanChange = mean(differences, n);
        PairedComparison.Wilcoxon wilcoxon = wilcoxon(differences, n);
        if (n == 1) {
            return new PairedComparison(1, beforeMean, afterMean, meanChange, null, null, null, null, null, wilcoxon, null, null, null,
                    null);
        }
        double sd = allTied(differences, n) ? 0 : sd(differences, n, meanChange);
        double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
        Double t;
        Double p;
        Double dz;
        if (sd == 0) {
            // ttest_rel: a constant non-zero change gives t = ±inf and p = 0; no change at all is undefined
            boolean noChange = Math.abs(meanChange) < TOLERANCE;
            t = noChange ? null : Math.copySign(Double.POSITIVE_INFINITY, meanChange);
            p = noChange ? null : 0.0;
            dz = null;
        } else {
            t = meanChange / (sd / Math.sqrt(n));
            p = Math.min(1.0, 2 * TDistribution.of(n - 1).survivalProbability(Math.abs(t)));
            dz = meanChange / sd;
        }
        double[] dzCi = EffectSizes.dzInterval(dz == null ? null : t, n);
        return new PairedComparison(n, beforeMean, afterMean, meanChange, sd, meanChange - half, meanChange + half,
                t, p, wilcoxon, dz, dzCi == null ? null : dzCi[0], dzCi == null ? null : dzCi[1], EffectSizes.hedgesGz(dz, n));
    }

    /**
     * The two-sided Wilcoxon signed-rank test of the first {@code n} differences, or null when
     * none is non-zero. Ranks are computed here, from the distinct sizes of the differences and how
     * many have each (the report runs this on up to 100,000 differences of a few dozen sizes), or
     * with one primitive sort when there are many sizes or few differences; the exact distribution
     * comes from Commons Statistics' signed-rank test and the normal distribution from Commons Statistics.
     */
    public static PairedComparison.@Nullable Wilcoxon wilcoxon(double[] differences, int n) {
        double[] positive = new double[n];
        double[] negative = new double[n];
        int np = 0;
        int nn = 0;
        for (int i = 0; i < n; i++) {
            double d = differences[i];
            if (Math.abs(d) >= TOLERANCE) {
                if (d > 0) {
                    positive[np++] = d;
                } else {
                    negative[nn++] = -d;
                }
            }
        }
        int m = np + nn;
        if (m == 0) {
            return null;
        }
        WilcoxonSizes up = WilcoxonSizes.counted(positive, np, m);
        WilcoxonSizes down = up == null ? null : WilcoxonSizes.counted(negative, nn, m);
        if (down == null) {
            Arrays.sort(positive, 0, np);
            Arrays.sort(negative, 0, nn);
            up = WilcoxonSizes.sorted(positive, np);
            down = WilcoxonSizes.sorted(negative, nn);
        }
        // Walk both in order of magnitude; a tie group is every magnitude within the tolerance of its smallest.
        double[] upSize = up.size();
        int[] upCount = up.count();
        double[] downSize = down.size();
        int[] downCount = down.count();
        double wPlus = 0;
        double tieCorrection = 0;
        boolean ties = false;
        int ranked = 0;
        int i = 0;
        int j = 0;
        while (i < up.distinct() || j < down.distinct()) {
            double start = j >= down.distinct() || (i < up.distinct() && upSize[i] <= downSize[j]) ? upSize[i] : downSize[j];
            int ups = 0;
            int downs = 0;
            while (i < up.distinct() && upSize[i] - start <= TOLERANCE) {
                ups += upCount[i++];
            }
            while (j < down.distinct() && downSize[j] - start <= TOLERANCE) {
                downs += downCount[j++];
            }
            int size = ups + downs;
            wPlus += ups * (ranked + (size + 1) / 2.0);
            ranked += size;
            if (size > 1) {
                ties = true;
                tieCorrection += (double) size * size * size - size;
            }
        }
        if (m <= EXACT_LIMIT && !ties) {
            // only m > EXACT_LIMIT is counted, so here both are sorted
            double[] signed = new double[m];
            System.arraycopy(positive, 0, signed, 0, np);
            for (int k = 0; k < nn; k++) {
                signed[np + k] = -negative[k];
            }
            WilcoxonSignedRankTest.Result result = EXACT.test(signed);
            return new PairedComparison.Wilcoxon(m, result.getStatistic(), true, result.getPValue(),
                    EffectSizes.rankBiserial(result.getStatistic(), m));
        }
        double mean = m * (m + 1.0) / 4;
        double variance = m * (m + 1.0) * (2 * m + 1.0) / 24 - tieCorrection / 48;
        double z = (wPlus - mean) / Math.sqrt(variance);
        double p = Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
        return new PairedComparison.Wilcoxon(m, wPlus, false, p, EffectSizes.rankBiserial(wPlus, m));
    }

    /**
     * Two-sided p-value of Welch's t-test (unequal variances) comparing the means of the first
     * {@code na} values of {@code a} and the first {@code nb} of {@code b}; null when either group has
     * fewer than 2 values or neither varies.
     */
    public static @Nullable Double welchP(double[] a, int na, double[] b, int nb) {
        if (na < 2 || nb < 2) {
            return null;
        }
        double ma = mean(a, na);
        double mb = mean(b, nb);
        double va = allTied(a, na) ? 0 : Math.pow(sd(a, na, ma), 2);
        double vb = allTied(b, nb) ? 0 : Math.pow(sd(b, nb, mb), 2);
        if (va == 0 && vb == 0) {
            return null;
        }
        Result result = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(ma, va, na, mb, vb, nb);
        return result.getPValue();
    }

    /**
     * The t quantile for a two-sided 95% interval. Worked out once per number of degrees of freedom (a
     * national release asks for the same few thousand many times over, and each is a costly inversion).
     */
    static double tQuantile975(int degreesOfFreedom) {
        return T_QUANTILES.computeIfAbsent(degreesOfFreedom, df -> TDistribution.of(df).inverseSurvivalProbability(0.025));
    }

    private static boolean allTied(double[] values, int n) {
        double min = values[0];
        double max = values[0];
        for (int i = 1; i < n; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        return max - min <= TOLERANCE;
    }

    private static double mean(double[] values, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        return sum / n;
    }

    private static double sd(double[] values, int n, double mean) {
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double deviation = values[i] - mean;
            squares += deviation * deviation;
        }
        return Math.sqrt(squares / (n - 1));
    }
}
