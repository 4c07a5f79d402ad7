package org.lantern.reports.stats;

import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;

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
    private static final WilcoxonSignedRankTest ASYMPTOTIC = EXACT.with(PValueMethod.ASYMPTOTIC);

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
            return new PairedComparison(0, null, null, null, null, null, null, null, null, null, null);
        }
        double beforeMean = mean(before, n);
        double afterMean = mean(after, n);
        double meanChange = mean(differences, n);
        PairedComparison.Wilcoxon wilcoxon = wilcoxon(differences, n);
        if (n == 1) {
            return new PairedComparison(1, beforeMean, afterMean, meanChange, null, null, null, null, null, wilcoxon, null);
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
        return new PairedComparison(n, beforeMean, afterMean, meanChange, sd, meanChange - half, meanChange + half,
                t, p, wilcoxon, dz);
    }

    /**
     * The two-sided Wilcoxon signed-rank test of the first {@code n} differences, or null when
     * none is non-zero.
     */
    public static PairedComparison.@Nullable Wilcoxon wilcoxon(double[] differences, int n) {
        double[] magnitudes = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double a = Math.abs(differences[i]);
            if (a >= TOLERANCE) {
                magnitudes[m++] = a;
            }
        }
        if (m == 0) {
            return null;
        }
        // Snap magnitudes that are equal within the tolerance to one value, so the library ranks them as ties.
        double[] sorted = Arrays.copyOf(magnitudes, m);
        Arrays.sort(sorted);
        boolean ties = false;
        double groupStart = sorted[0];
        for (int i = 1; i < m; i++) {
            if (sorted[i] - groupStart <= TOLERANCE) {
                sorted[i] = groupStart;
                ties = true;
            } else {
                groupStart = sorted[i];
            }
        }
        double[] signed = new double[m];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double d = differences[i];
            if (Math.abs(d) >= TOLERANCE) {
                signed[k++] = Math.copySign(snapped(sorted, Math.abs(d)), d);
            }
        }
        boolean exact = m <= EXACT_LIMIT && !ties;
        WilcoxonSignedRankTest.Result result = (exact ? EXACT : ASYMPTOTIC).test(signed);
        return new PairedComparison.Wilcoxon(m, result.getStatistic(), exact, result.getPValue());
    }

    /** The snapped value for {@code a}: the start of its tie group in {@code sorted}. */
    private static double snapped(double[] sorted, double a) {
        int i = Arrays.binarySearch(sorted, a);
        if (i < 0) {
            int insertion = -i - 1;
            // a was replaced by its group's start, which is the largest value below it
            i = insertion - 1;
        }
        return sorted[i];
    }

    /** The t quantile for a two-sided 95% interval. */
    static double tQuantile975(int degreesOfFreedom) {
        return TDistribution.of(degreesOfFreedom).inverseSurvivalProbability(0.025);
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
