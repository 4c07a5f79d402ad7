package org.lantern.reports.stats;

import org.jspecify.annotations.Nullable;

/**
 * McDonald's omega (total) of a scale from a one-factor model of its questions' correlations:
 * ω = (Σλ)² / ((Σλ)² + Σ(1 − λ²)) (McDonald 1999). The loadings λ are the minimum-residual
 * (unweighted least squares) solution, which minimises Σ_{i&lt;j} (r_ij − λ_i λ_j)²; it is found by
 * coordinate descent: λ_i ← Σ_{j≠i} r_ij λ_j / Σ_{j≠i} λ_j², one loading at a time with the others at
 * their newest values, is the exact minimum in λ_i, so the residual sum never rises; rounds stop when
 * no loading moves by more than 10⁻¹². There is no omega (null) with fewer than three questions (one factor is
 * not identified), when a question does not vary, when the iteration does not settle, or when a
 * loading reaches 1 or more in size (a Heywood case: the model has no proper solution).
 * Checked against {@code scipy.optimize.least_squares} in {@code ScaleReliabilityTest}.
 */
final class OneFactorOmega {

    private static final double SETTLED = 1e-12;
    private static final int MAX_ROUNDS = 10_000;

    private OneFactorOmega() {
    }

    /** Omega of the first {@code n} people of {@code columns} (one array per question, one value per person). */
    static @Nullable Double omega(double[][] columns, int n, int questions) {
        if (questions < 3 || n < 3) {
            return null;
        }
        double[][] r = correlations(columns, n, questions);
        if (r == null) {
            return null;
        }
        double[] loading = new double[questions];
        java.util.Arrays.fill(loading, 0.7);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double moved = 0;
            for (int i = 0; i < questions; i++) {
                double numerator = 0;
                double denominator = 0;
                for (int j = 0; j < questions; j++) {
                    if (j != i) {
                        numerator += r[i][j] * loading[j];
                        denominator += loading[j] * loading[j];
                    }
                }
                if (denominator == 0) {
                    return null;
                }
                double next = numerator / denominator;
                moved = Math.max(moved, Math.abs(next - loading[i]));
                loading[i] = next;
            }
            if (moved < SETTLED) {
                return fromLoadings(loading);
            }
        }
        return null;
    }

    private static @Nullable Double fromLoadings(double[] loading) {
        double sum = 0;
        // the sign of a factor is arbitrary: omega takes (Σλ)², so only the sizes matter
        double unique = 0;
        for (double l : loading) {
            if (Math.abs(l) >= 1) {
                return null;
            }
            sum += l;
            unique += 1 - l * l;
        }
        return sum * sum / (sum * sum + unique);
    }

    /**
     * Pearson correlations of the questions; null when one does not vary. r_ji is r_ij: the same products
     * (a product does not depend on the order of its factors) summed in the same order.
     */
    private static double @Nullable [][] correlations(double[][] columns, int n, int questions) {
        double[] mean = new double[questions];
        double[] sd = new double[questions];
        for (int i = 0; i < questions; i++) {
            double[] x = columns[i];
            for (int p = 0; p < n; p++) {
                mean[i] += x[p] / n;
            }
            for (int p = 0; p < n; p++) {
                sd[i] += (x[p] - mean[i]) * (x[p] - mean[i]);
            }
            if (sd[i] < 1e-12) {
                return null;
            }
            sd[i] = Math.sqrt(sd[i]);
        }
        double[][] r = new double[questions][questions];
        for (int i = 0; i < questions; i++) {
            double[] x = columns[i];
            for (int j = i; j < questions; j++) {
                double[] y = columns[j];
                double s = 0;
                for (int p = 0; p < n; p++) {
                    s += (x[p] - mean[i]) * (y[p] - mean[j]);
                }
                r[i][j] = s / (sd[i] * sd[j]);
                r[j][i] = r[i][j];
            }
        }
        return r;
    }
}
