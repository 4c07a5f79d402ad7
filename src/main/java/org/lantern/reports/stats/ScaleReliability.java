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
        double[][] columns = new double[questions][n];
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < questions; i++) {
                columns[i][p] = scores[p][i];
            }
        }
        return ofColumns(columns, n, questions);
    }

    /**
     * The reliability of the first {@code n} people of {@code columns} (one array per question, one value per
     * person), the same as {@link #of} of the rows they make.
     */
    public static Reliability ofColumns(double[][] columns, int n, int questions) {
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
                total[p] += columns[i][p];
            }
        }
        double[] variances = new double[questions];
        for (int i = 0; i < questions; i++) {
            variances[i] = variance(columns[i], n);
        }
        double[] rest = new double[n];
        for (int i = 0; i < questions; i++) {
            double[] item = columns[i];
            for (int p = 0; p < n; p++) {
                rest[p] = total[p] - item[p];
            }
            items.add(new Reliability.Item(correlation(item, rest, n), questions < 3 ? null : alpha(columns, variances, n, questions, i)));
        }
        Double alpha = alpha(columns, variances, n, questions, -1);
        if (alpha == null) {
            return new Reliability(n, questions, null, null, null, null, List.copyOf(items), Reliability.Undefined.NO_SPREAD);
        }
        FDistribution f = FDistribution.of(n - 1, (n - 1.0) * (questions - 1));
        return new Reliability(n, questions, alpha, 1 - (1 - alpha) * f.inverseSurvivalProbability(0.025),
                1 - (1 - alpha) * f.inverseSurvivalProbability(0.975), OneFactorOmega.omega(columns, n, questions), List.copyOf(items),
                null);
    }

    /**
     * Alpha of the questions other than {@code left} (all when negative); null when the total does not vary.
     *
     * @param variances each question's variance
     */
    private static @Nullable Double alpha(double[][] columns, double[] variances, int n, int questions, int left) {
        int k = left < 0 ? questions : questions - 1;
        double itemVariances = 0;
        double[] total = new double[n];
        for (int i = 0; i < questions; i++) {
            if (i == left) {
                continue;
            }
            double[] item = columns[i];
            itemVariances += variances[i];
            for (int p = 0; p < n; p++) {
                total[p] += item[p];
            }
        }
        double totalVariance = variance(total, n);
        if (totalVariance < NO_SPREAD) {
            return null;
        }
        return k / (k - 1.0) * (1 - itemVariances / totalVariance);
    }

    /** Pearson's r of the first {@code n} values of x and y. */
    private static @Nullable Double correlation(double[] x, double[] y, int n) {
        double mx = mean(x, n);
        double my = mean(y, n);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int p = 0; p < n; p++) {
            sxy += (x[p] - mx) * (y[p] - my);
            sxx += (x[p] - mx) * (x[p] - mx);
            syy += (y[p] - my) * (y[p] - my);
        }
        if (sxx < NO_SPREAD || syy < NO_SPREAD) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double mean(double[] values, int n) {
        double sum = 0;
        for (int p = 0; p < n; p++) {
            sum += values[p];
        }
        return sum / n;
    }

    private static double variance(double[] values, int n) {
        double mean = mean(values, n);
        double squares = 0;
        for (int p = 0; p < n; p++) {
            squares += (values[p] - mean) * (values[p] - mean);
        }
        return squares / (n - 1);
    }
}
