package org.lantern.reports.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;
import org.jspecify.annotations.Nullable;

/**
 * The Friedman test of the same people's scores at k waves, and Kendall's W as its effect size, as
 * {@code scipy.stats.friedmanchisquare}: each person's k scores are ranked (average ranks for ties, with
 * Commons Statistics' {@link NaturalRanking}), Q = [12 / (n k (k + 1)) Σ R_j² − 3 n (k + 1)] / C with the tie
 * correction C = 1 − Σ (t³ − t) / (n k (k² − 1)), p from the χ² distribution with k − 1 degrees of freedom
 * (Commons Statistics), and W = Q / (n (k − 1)). Scores within {@link PairedStatistics#TOLERANCE} of each
 * other are tied, because theme scores are means.
 */
public final class Friedman {

    private static final NaturalRanking RANKING = new NaturalRanking(TiesStrategy.AVERAGE);

    private Friedman() {
    }

    /**
     * The test's result.
     *
     * @param n          how many people (rows)
     * @param chiSquare  Friedman's Q (tie-corrected)
     * @param df         degrees of freedom, k − 1
     * @param p          the p-value from χ²(k − 1)
     * @param kendallW   Kendall's coefficient of concordance, Q / (n (k − 1)), from 0 (no change) to 1
     */
    public record Result(int n, double chiSquare, int df, double p, double kendallW) {
    }

    /**
     * Tests the first {@code n} rows of {@code scores} ({@code scores[person][wave]}, k ≥ 3 waves).
     *
     * @return null with fewer than 2 people, or when every person gave the same score at every wave (no
     * ranking tells the waves apart: scipy returns NaN)
     */
    public static @Nullable Result test(double[][] scores, int n) {
        if (n < 2) {
            return null;
        }
        Rows rows = new Rows(scores[0].length);
        for (int p = 0; p < n; p++) {
            rows.add(scores[p]);
        }
        return rows.result();
    }

    /**
     * The test built up person by person, without keeping anyone's scores: {@link #add(double[])} takes a row of
     * scores as {@link #test} does, {@link #add(int[])} a row of whole numbers (answers, or sums of answers that
     * are the scores times the same number of questions for everyone), ranked by counting. Ranks are whole or
     * half numbers, and their sums and the tie terms are exact in a double, so the order of the rows and the way
     * a row was added do not change the result.
     */
    public static final class Rows {

        private final int k;
        private final double[] rankSums;
        private double ties;
        private int n;

        /** @param k the number of waves, at least 3 */
        public Rows(int k) {
            if (k < 3) {
                throw new IllegalArgumentException("the Friedman test needs at least 3 waves, not " + k);
            }
            this.k = k;
            this.rankSums = new double[k];
        }

        /** One person's scores at the k waves. */
        public void add(double[] scores) {
            double[] row = snapped(scores);
            double[] ranks = RANKING.apply(row);
            for (int w = 0; w < k; w++) {
                rankSums[w] += ranks[w];
            }
            ties += tieTerm(row);
            n++;
        }

        /**
         * One person's scores at the k waves as whole numbers: a value's rank is 1 + how many are lower + half of
         * how many others are equal (the average rank of its tie), and its tie group of size t adds t² − 1 to
         * Σ (t³ − t). Whole numbers that differ are never within the tolerance of each other.
         */
        public void add(int[] scores) {
            int tieTerm = 0;
            for (int w = 0; w < k; w++) {
                int lower = 0;
                int equal = 0;
                for (int v = 0; v < k; v++) {
                    if (scores[v] < scores[w]) {
                        lower++;
                    } else if (v != w && scores[v] == scores[w]) {
                        equal++;
                    }
                }
                rankSums[w] += 1 + lower + equal / 2.0;
                tieTerm += (equal + 1) * (equal + 1) - 1;
            }
            ties += tieTerm;
            n++;
        }

        /** The test over the people added; null as {@link Friedman#test}. */
        public @Nullable Result result() {
            if (n < 2) {
                return null;
            }
            double correction = 1 - ties / ((double) n * k * ((double) k * k - 1));
            if (correction <= PairedStatistics.TOLERANCE) {
                return null;
            }
            double squares = 0;
            for (double r : rankSums) {
                squares += r * r;
            }
            double q = (12.0 / ((double) n * k * (k + 1)) * squares - 3.0 * n * (k + 1)) / correction;
            q = Math.max(0, q);
            double p = ChiSquaredDistribution.of(k - 1).survivalProbability(q);
            return new Result(n, q, k - 1, p, q / ((double) n * (k - 1)));
        }
    }

    /** The row with values within the tolerance of a smaller one set equal to it, so that the ranking ties them. */
    private static double[] snapped(double[] row) {
        double[] copy = row.clone();
        for (int i = 0; i < copy.length; i++) {
            for (int j = 0; j < copy.length; j++) {
                if (copy[j] < copy[i] && copy[i] - copy[j] <= PairedStatistics.TOLERANCE) {
                    copy[i] = copy[j];
                }
            }
        }
        return copy;
    }

    /** Σ (t³ − t) over the row's groups of equal values. */
    private static double tieTerm(double[] row) {
        double[] sorted = row.clone();
        java.util.Arrays.sort(sorted);
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            sum += t * t * t - t;
            i = j;
        }
        return sum;
    }
}
