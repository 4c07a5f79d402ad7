package org.lantern.reports.stats;

import org.apache.commons.statistics.distribution.FDistribution;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability of a scale from a people × questions table of scores (after reverse scoring):
 * <ul>
 *   <li>Cronbach's alpha = k/(k − 1) × (1 − Σ item variances / variance of the total), variances with n − 1;</li>
 *   <li>its 95% confidence interval by Feldt (1965; Feldt, Woodruff &amp; Salih 1987):
 *       1 − (1 − alpha) × F_{0.975} and 1 − (1 − alpha) × F_{0.025}, F with n − 1 and (n − 1)(k − 1)
 *       degrees of freedom from Commons Statistics (as {@code pingouin.cronbach_alpha});</li>
 *   <li>per question, the corrected item-total correlation (with the sum of the other questions) and
 *       alpha if the question were deleted.</li>
 * </ul>
 * Also McDonald's omega from a one-factor model ({@link OneFactorOmega}).
 */
public final class ScaleReliability {

    private static final double NO_SPREAD = 1e-12;

    private ScaleReliability() {
    }

    /** The reliability of the first {@code n} rows of {@code scores} (one row per person, one column per question). */
    public static Reliability of(double[][] scores, int n, int questions) {
        List<Reliability.Item> items = new ArrayList<>();
        if (questions < 2 || n < 2) {
            for (int i = 0; i < questions; i++) {
                items.add(new Reliability.Item(null, null));
            }
            return new Reliability(n, questions, null, null, null, null, List.copyOf(items),
                    questions < 2 ? Reliability.Undefined.ONE_QUESTION : Reliability.Undefined.TOO_FEW_PEOPLE);
        }
        double[] total = new double[n];
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < questions; i++) {
                total[p] += scores[p][i];
            }
        }
        for (int i = 0; i < questions; i++) {
            double[] item = column(scores, n, i);
            double[] rest = new double[n];
            for (int p = 0; p < n; p++) {
                rest[p] = total[p] - item[p];
            }
            items.add(new Reliability.Item(correlation(item, rest), questions < 3 ? null : alpha(scores, n, questions, i)));
        }
        Double alpha = alpha(scores, n, questions, -1);
        if (alpha == null) {
            return new Reliability(n, questions, null, null, null, null, List.copyOf(items), Reliability.Undefined.NO_SPREAD);
        }
        FDistribution f = FDistribution.of(n - 1, (n - 1.0) * (questions - 1));
        return new Reliability(n, questions, alpha, 1 - (1 - alpha) * f.inverseSurvivalProbability(0.025),
                1 - (1 - alpha) * f.inverseSurvivalProbability(0.975), OneFactorOmega.omega(scores, n, questions), List.copyOf(items),
                null);
    }

    /** Alpha of the questions other than {@code left} (all when negative); null when the total does not vary. */
    private static @Nullable Double alpha(double[][] scores, int n, int questions, int left) {
        int k = left < 0 ? questions : questions - 1;
        double itemVariances = 0;
        double[] total = new double[n];
        for (int i = 0; i < questions; i++) {
            if (i == left) {
                continue;
            }
            double[] item = column(scores, n, i);
            itemVariances += variance(item);
            for (int p = 0; p < n; p++) {
                total[p] += item[p];
            }
        }
        double totalVariance = variance(total);
        if (totalVariance < NO_SPREAD) {
            return null;
        }
        return k / (k - 1.0) * (1 - itemVariances / totalVariance);
    }

    private static @Nullable Double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int p = 0; p < x.length; p++) {
            sxy += (x[p] - mx) * (y[p] - my);
            sxx += (x[p] - mx) * (x[p] - mx);
            syy += (y[p] - my) * (y[p] - my);
        }
        if (sxx < NO_SPREAD || syy < NO_SPREAD) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[] column(double[][] scores, int n, int i) {
        double[] values = new double[n];
        for (int p = 0; p < n; p++) {
            values[p] = scores[p][i];
        }
        return values;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (values.length - 1);
    }
}
