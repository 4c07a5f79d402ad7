package org.lantern.reports.stats;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The d_z interval, Hedges' g_z and the rank-biserial correlation of {@link PairedStatistics#compare} against
 * values printed by {@code src/test/resources/reports/reference_statistics.py} (scipy: {@code nct.cdf} inverted
 * with {@code brentq}, {@code ttest_rel}, {@code gammaln}, {@code rankdata}).
 */
class EffectSizesTest {

    private static final double EPS = 1e-8;

    private static PairedComparison compare(double[] before, double[] after) {
        return PairedStatistics.compare(before, after);
    }

    @Test
    void likertAnswersWithTiesAndZeroDifferences() {
        PairedComparison c = compare(new double[]{3, 4, 2, 5, 3, 4, 3, 2, 4, 5, 3, 4}, new double[]{4, 5, 3, 5, 4, 4, 5, 3, 4, 5, 4, 5});
        assertThat(c.t()).isCloseTo(4.1797832761154154, within(EPS));
        assertThat(c.dz()).isCloseTo(1.2065994998097656, within(EPS));
        assertThat(c.dzCiLow()).isCloseTo(0.4377776613757827, within(EPS));
        assertThat(c.dzCiHigh()).isCloseTo(1.945083405008318, within(EPS));
        assertThat(c.hedgesGz()).isCloseTo(1.122089041559959, within(EPS));
        // three people did not change; everyone else went up
        assertThat(c.wilcoxon().rankBiserial()).isEqualTo(1.0);
    }

    @Test
    void fivePairs() {
        PairedComparison c = compare(new double[]{2.0, 3.5, 4.0, 1.5, 3.0}, new double[]{3.1, 3.4, 5.5, 2.9, 4.7});
        assertThat(c.dzCiLow()).isCloseTo(0.17044582103674236, within(EPS));
        assertThat(c.dzCiHigh()).isCloseTo(2.895559349362504, within(EPS));
        assertThat(c.hedgesGz()).isCloseTo(1.2488868813069396, within(EPS));
        assertThat(c.wilcoxon().exact()).isTrue();
        assertThat(c.wilcoxon().rankBiserial()).isCloseTo(0.8666666666666667, within(EPS));
    }

    @Test
    void threePairs() {
        PairedComparison c = compare(new double[]{1, 2, 3}, new double[]{2, 4, 3.5});
        assertThat(c.dzCiLow()).isCloseTo(-0.2986968554246726, within(EPS));
        assertThat(c.dzCiHigh()).isCloseTo(3.269505578327474, within(EPS));
        assertThat(c.hedgesGz()).isCloseTo(0.8618138243044021, within(EPS));
    }

    @Test
    void aDeclineGivesNegativeEffects() {
        PairedComparison c = compare(new double[]{5, 4, 5, 3, 4, 5, 4, 4}, new double[]{4, 4, 3, 3, 2, 4, 3, 2});
        assertThat(c.t()).isCloseTo(-3.8129334558134556, within(EPS));
        assertThat(c.dzCiLow()).isCloseTo(-2.304580339510442, within(EPS));
        assertThat(c.dzCiHigh()).isCloseTo(-0.34642580606903167, within(EPS));
        assertThat(c.hedgesGz()).isCloseTo(-1.1973646245243548, within(EPS));
        assertThat(c.wilcoxon().rankBiserial()).isEqualTo(-1.0);
    }

    @Test
    void twoPairsHaveAnIntervalButNoHedgesCorrection() {
        PairedComparison c = compare(new double[]{1, 2}, new double[]{2, 4});
        assertThat(c.dzCiLow()).isCloseTo(-0.6539329559610974, within(EPS));
        assertThat(c.dzCiHigh()).isCloseTo(5.0119288638772534, within(EPS));
        assertThat(c.hedgesGz()).isNull();
    }

    @Test
    void fortyPairsWithTiedChangesBothWays() {
        double[] before = IntStream.range(0, 40).mapToDouble(i -> (i * 7) % 5 + 1).toArray();
        double[] after = IntStream.range(0, 40).mapToDouble(i -> (i * 7) % 5 + 1 + (i * 3) % 4 - 1).toArray();
        PairedComparison c = compare(before, after);
        assertThat(c.t()).isCloseTo(2.792848008753788, within(EPS));
        assertThat(c.dzCiLow()).isCloseTo(0.11408501285899467, within(EPS));
        assertThat(c.dzCiHigh()).isCloseTo(0.7639393249428947, within(EPS));
        assertThat(c.hedgesGz()).isCloseTo(0.43303193878747803, within(EPS));
        assertThat(c.wilcoxon().exact()).isFalse();
        assertThat(c.wilcoxon().rankBiserial()).isCloseTo(0.5483870967741935, within(EPS));
    }

    @Test
    void largeSamplesUseTheNormalApproximationWithinAMillionth() {
        // noncentrality over 37.62: Lenth's Poisson weights would underflow
        assertThat(EffectSizes.dzInterval(60.0, 25000)).containsExactly(new double[]{0.36663535554499366, 0.3923041760080617},
                within(1e-6));
        assertThat(EffectSizes.dzInterval(-45.0, 25000)).containsExactly(new double[]{-0.29724668186729736, -0.27195781453103013},
                within(1e-6));
    }

    @Test
    void hedgesCorrectionIsTheExactGammaRatio() {
        assertThat(EffectSizes.correction(2)).isCloseTo(0.5641895835477564, within(1e-12));
        assertThat(EffectSizes.correction(4)).isCloseTo(0.7978845608028654, within(1e-12));
        assertThat(EffectSizes.correction(9)).isCloseTo(0.9138748917925523, within(1e-12));
        assertThat(EffectSizes.correction(29)).isCloseTo(0.9738749845967247, within(1e-12));
        assertThat(EffectSizes.correction(199)).isCloseTo(0.9962256230247938, within(1e-12));
    }

    @Test
    void noSpreadOrNoChangeLeavesEveryEffectUndefined() {
        PairedComparison same = compare(new double[]{2, 3, 4}, new double[]{3, 4, 5});
        assertThat(same.dz()).isNull();
        assertThat(same.dzCiLow()).isNull();
        assertThat(same.dzCiHigh()).isNull();
        assertThat(same.hedgesGz()).isNull();
        assertThat(same.wilcoxon().rankBiserial()).isEqualTo(1.0);
        PairedComparison none = compare(new double[]{2, 3, 4}, new double[]{2, 3, 4});
        assertThat(none.dzCiLow()).isNull();
        assertThat(none.wilcoxon()).isNull();
        PairedComparison one = compare(new double[]{2}, new double[]{4});
        assertThat(one.dzCiLow()).isNull();
        assertThat(one.hedgesGz()).isNull();
    }
}
