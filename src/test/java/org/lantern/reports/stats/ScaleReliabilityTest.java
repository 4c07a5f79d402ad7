package org.lantern.reports.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Cronbach's alpha, Feldt's interval, corrected item-total correlations and alpha if deleted against
 * {@code src/test/resources/reports/reference_statistics.py} (numpy variances and {@code corrcoef},
 * {@code scipy.stats.f.isf}; omega from one-factor loadings fitted by {@code scipy.optimize.least_squares}).
 */
class ScaleReliabilityTest {

    private static final double EPS = 1e-10;

    private static Reliability of(double[][] rows) {
        return ScaleReliability.of(rows, rows.length, rows[0].length);
    }

    private static void assertItems(Reliability r, Double[] itemTotal, Double[] alphaIfDeleted) {
        for (int i = 0; i < itemTotal.length; i++) {
            Reliability.Item item = r.items().get(i);
            if (itemTotal[i] == null) {
                assertThat(item.itemTotal()).as("item-total " + i).isNull();
            } else {
                assertThat(item.itemTotal()).as("item-total " + i).isCloseTo(itemTotal[i], within(EPS));
            }
            if (alphaIfDeleted[i] == null) {
                assertThat(item.alphaIfDeleted()).as("if deleted " + i).isNull();
            } else {
                assertThat(item.alphaIfDeleted()).as("if deleted " + i).isCloseTo(alphaIfDeleted[i], within(EPS));
            }
        }
    }

    @Test
    void fourQuestionsEightPeople() {
        Reliability r = of(new double[][]{{4, 5, 4, 3}, {2, 3, 2, 2}, {5, 5, 4, 5}, {3, 3, 4, 2}, {4, 4, 5, 4}, {1, 2, 2, 1},
                {3, 4, 3, 3}, {5, 4, 5, 5}});
        assertThat(r.cronbachAlpha()).isCloseTo(0.9413014608233731, within(EPS));
        assertThat(r.alphaCiLow()).isCloseTo(0.8257457359794521, within(1e-9));
        assertThat(r.alphaCiHigh()).isCloseTo(0.9868153684068102, within(1e-9));
        assertThat(r.low()).isFalse();
        assertThat(r.omega()).as("a loading over 1: no proper one-factor solution").isNull();
        assertItems(r, new Double[]{0.9879149639396987, 0.793347388890689, 0.7976352586503803, 0.908736495867078},
                new Double[]{0.8798076923076922, 0.9475566150178784, 0.9423076923076923, 0.910377358490566});
    }

    @Test
    void fivePeople() {
        Reliability r = of(new double[][]{{3, 4, 3}, {2, 2, 3}, {5, 4, 4}, {4, 5, 5}, {1, 2, 1}});
        assertThat(r.cronbachAlpha()).isCloseTo(0.9364161849710984, within(EPS));
        assertThat(r.alphaCiLow()).isCloseTo(0.6787343676820892, within(1e-9));
        assertThat(r.alphaCiHigh()).isCloseTo(0.9929190661378109, within(1e-9));
        assertThat(r.omega()).isCloseTo(0.9385701071191751, within(1e-9));
        assertItems(r, new Double[]{0.8778086039709793, 0.8591777827227571, 0.8811183029931134},
                new Double[]{0.904109589041096, 0.9195402298850572, 0.8974358974358974});
    }

    @Test
    void aQuestionEveryoneAnsweredAlikeHasNoItemTotalCorrelation() {
        Reliability r = of(new double[][]{{4, 3, 5}, {4, 2, 3}, {4, 5, 5}, {4, 1, 2}, {4, 4, 4}, {4, 3, 2}});
        assertThat(r.cronbachAlpha()).isCloseTo(0.6268656716417911, within(EPS));
        assertThat(r.alphaCiLow()).isCloseTo(-0.5806289806673997, within(1e-9));
        assertThat(r.alphaCiHigh()).isCloseTo(0.9436280966306037, within(1e-9));
        assertThat(r.low()).isTrue();
        assertThat(r.omega()).isNull();
        assertItems(r, new Double[]{null, 0.7181848464596078, 0.7181848464596079}, new Double[]{0.835820895522388, 0.0, 0.0});
    }

    @Test
    void twoQuestionsHaveNoAlphaIfDeleted() {
        Reliability r = of(new double[][]{{1, 2}, {2, 2}, {3, 4}, {4, 5}, {5, 4}, {2, 1}});
        assertThat(r.cronbachAlpha()).isCloseTo(0.8816326530612246, within(EPS));
        assertThat(r.alphaCiLow()).isCloseTo(0.15410174272142085, within(1e-9));
        assertThat(r.alphaCiHigh()).isCloseTo(0.9834367446666695, within(1e-9));
        assertItems(r, new Double[]{0.7893522173763262, 0.7893522173763262}, new Double[]{null, null});
        assertThat(r.omega()).as("one factor is not identified by two questions").isNull();
    }

    @Test
    void omegaOfFiveQuestionsEqualsTheLeastSquaresOneFactorFit() {
        Reliability r = of(new double[][]{{4, 4, 3, 5, 4}, {2, 3, 2, 2, 3}, {5, 4, 5, 4, 4}, {3, 2, 3, 3, 2}, {4, 5, 4, 4, 5},
                {1, 2, 1, 2, 2}, {3, 3, 4, 3, 3}, {2, 1, 2, 3, 1}, {5, 5, 4, 5, 5}, {3, 4, 3, 2, 3}});
        assertThat(r.omega()).isCloseTo(0.9406164511608252, within(1e-8));
    }

    @Test
    void questionsThatPullApartGiveANegativeAlphaFlaggedLow() {
        Reliability r = of(new double[][]{{1, 5, 3}, {5, 1, 2}, {2, 4, 5}, {4, 2, 1}, {3, 3, 4}, {1, 4, 2}});
        assertThat(r.cronbachAlpha()).isCloseTo(-2.437500000000001, within(EPS));
        assertThat(r.alphaCiLow()).isCloseTo(-13.561544484398425, within(1e-8));
        assertThat(r.alphaCiHigh()).isCloseTo(0.4806738402094365, within(1e-9));
        assertThat(r.low()).isTrue();
        assertThat(r.omega()).isNull();
        assertItems(r, new Double[]{-0.7745966692414836, -0.5016103101271011, 0.2773500981126146},
                new Double[]{0.6458333333333333, -1.1182795698924735, -56.0});
    }

    @Test
    void everyonesTotalAlikeLeavesAlphaUndefinedAndSaysWhy() {
        Reliability r = of(new double[][]{{1, 5}, {2, 4}, {3, 3}, {5, 1}});
        assertThat(r.cronbachAlpha()).isNull();
        assertThat(r.alphaCiLow()).isNull();
        assertThat(r.undefined()).isEqualTo(Reliability.Undefined.NO_SPREAD);
        assertThat(r.omega()).isNull();
        assertThat(r.low()).isFalse();
    }

    @Test
    void oneQuestionOrOnePersonIsNotAScale() {
        assertThat(of(new double[][]{{1}, {2}, {3}}).undefined()).isEqualTo(Reliability.Undefined.ONE_QUESTION);
        Reliability one = ScaleReliability.of(new double[][]{{1, 2, 3}}, 1, 3);
        assertThat(one.undefined()).isEqualTo(Reliability.Undefined.TOO_FEW_PEOPLE);
        assertThat(one.items()).hasSize(3).allSatisfy(i -> assertThat(i.itemTotal()).isNull());
    }
}
