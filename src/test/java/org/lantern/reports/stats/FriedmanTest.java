package org.lantern.reports.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The Friedman test and Kendall's W against {@code src/test/resources/reports/reference_statistics.py}
 * ({@code scipy.stats.friedmanchisquare}, scipy 1.17.1; W = χ² / (n (k − 1))): ties within people, four people,
 * a wave at which everyone gave the same score, theme scores that are means, four waves.
 */
class FriedmanTest {

    private static void assertFriedman(double[][] rows, double chiSquare, double p, double w) {
        Friedman.Result result = Friedman.test(rows, rows.length);
        assertThat(result).isNotNull();
        assertThat(result.n()).isEqualTo(rows.length);
        assertThat(result.df()).isEqualTo(rows[0].length - 1);
        assertThat(result.chiSquare()).isCloseTo(chiSquare, within(1e-10));
        assertThat(result.p()).isCloseTo(p, within(1e-12));
        assertThat(result.kendallW()).isCloseTo(w, within(1e-12));
    }

    @Test
    void tiesWithinPeopleAreCorrected() {
        assertFriedman(new double[][]{{3, 4, 4}, {2, 3, 4}, {4, 4, 5}, {3, 3, 3}, {2, 4, 3}, {5, 5, 4}, {3, 4, 5}, {1, 2, 2}},
                6.333333333333333, 0.042143843509276406, 0.3958333333333333);
    }

    @Test
    void fourPeople() {
        assertFriedman(new double[][]{{1, 3, 2}, {2, 4, 3}, {1, 2, 3}, {3, 5, 4}}, 6.5, 0.03877420783172202, 0.8125);
    }

    @Test
    void aWaveAtWhichEveryoneGaveTheSameScore() {
        assertFriedman(new double[][]{{4, 3, 5}, {4, 2, 3}, {4, 5, 5}, {4, 1, 2}, {4, 4, 4}, {4, 3, 2}},
                2.210526315789474, 0.3311237329510111, 0.1842105263157895);
    }

    @Test
    void themeScoresThatAreMeansTieWhenEqual() {
        double[][] rows = {{10 / 3.0, 11 / 3.0, 4}, {2, 8 / 3.0, 3}, {3, 3, 11 / 3.0}, {4, 13 / 3.0, 13 / 3.0},
                {7 / 3.0, 3, 8 / 3.0}, {3, 10 / 3.0, 4}};
        // the same means, summed in another order, differ in the last bit: they must still tie
        rows[3][2] = (1 + 4 + 4 + 4) / 3.0 + 1e-15;
        assertFriedman(rows, 9.363636363636358, 0.009262158280646627, 0.7803030303030298);
    }

    @Test
    void fourWaves() {
        assertFriedman(new double[][]{{2, 3, 4, 4}, {3, 3, 4, 5}, {1, 2, 2, 3}, {4, 4, 5, 4}, {2, 4, 3, 5}, {3, 4, 4, 4}, {2, 2, 3, 3}},
                14.1578947368421, 0.002697921916504749, 0.6741854636591477);
    }

    @Test
    void noTestWhenNobodyChangedOrFewerThanTwoPeople() {
        assertThat(Friedman.test(new double[][]{{3, 3, 3}, {4, 4, 4}, {2, 2, 2}}, 3)).as("scipy gives NaN").isNull();
        assertThat(Friedman.test(new double[][]{{1, 2, 3}}, 1)).isNull();
        assertThatThrownBy(() -> Friedman.test(new double[][]{{1, 2}, {2, 1}}, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheFirstNRowsCount() {
        double[][] rows = {{1, 3, 2}, {2, 4, 3}, {1, 2, 3}, {3, 5, 4}, {9, 1, 1}, {0, 0, 0}};
        assertThat(Friedman.test(rows, 4).chiSquare()).isCloseTo(6.5, within(1e-10));
    }

    /** Whole-number rows, added one by one and ranked by counting, give the very same doubles as the rows as scores. */
    @Test
    void wholeNumberRowsGiveTheSameResultToTheLastBit() {
        java.util.Random random = new java.util.Random(22);
        for (int k : new int[]{3, 4, 5}) {
            for (int questions : new int[]{1, 3, 4}) {
                for (int n : new int[]{2, 3, 7, 40, 1000}) {
                    int[][] sums = new int[n][k];
                    double[][] scores = new double[n][k];
                    for (int p = 0; p < n; p++) {
                        for (int w = 0; w < k; w++) {
                            // answers 1 to 5 summed over the theme's questions: many ties within a person
                            for (int q = 0; q < questions; q++) {
                                sums[p][w] += 1 + random.nextInt(5);
                            }
                            scores[p][w] = (double) sums[p][w] / questions;
                        }
                    }
                    Friedman.Rows rows = new Friedman.Rows(k);
                    for (int[] row : sums) {
                        rows.add(row);
                    }
                    assertThat(rows.result()).as("k %d, %d questions, n %d", k, questions, n).isEqualTo(Friedman.test(scores, n));
                }
            }
        }
    }

    @Test
    void wholeNumberRowsTieAsScoresDo() {
        Friedman.Rows allAlike = new Friedman.Rows(3);
        allAlike.add(new int[]{3, 3, 3});
        allAlike.add(new int[]{4, 4, 4});
        assertThat(allAlike.result()).as("everyone the same at every wave").isNull();
        Friedman.Rows one = new Friedman.Rows(3);
        one.add(new int[]{1, 2, 3});
        assertThat(one.result()).isNull();
        Friedman.Rows ties = new Friedman.Rows(3);
        for (int[] row : new int[][]{{3, 4, 4}, {2, 3, 4}, {4, 4, 5}, {3, 3, 3}, {2, 4, 3}, {5, 5, 4}, {3, 4, 5}, {1, 2, 2}}) {
            ties.add(row);
        }
        assertThat(ties.result().chiSquare()).isCloseTo(6.333333333333333, within(1e-10));
        assertThatThrownBy(() -> new Friedman.Rows(2)).isInstanceOf(IllegalArgumentException.class);
    }
}
