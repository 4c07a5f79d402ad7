package org.lantern.reports.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values computed independently of the code under test, in plain Python without scipy or
 * numpy: means and SDs directly from their definitions; t tail probabilities from the regularised
 * incomplete beta function, P(|T| &gt; t) = I_{df/(df+t²)}(df/2, 1/2), evaluated with a Lentz
 * continued fraction, and t quantiles by bisection on it (checked against printed tables:
 * t(0.975; 9) = 2.262, t(0.975; 4) = 2.776, t(0.975; 1) = 12.706); exact Wilcoxon p-values by
 * enumerating all 2^n sign patterns of the ranks 1..n (n ≤ 22) or by counting subset sums with big
 * integers (n = 50); the normal approximation from math.erfc with the tie-corrected variance
 * n(n+1)(2n+1)/24 − Σ(t³ − t)/48 and no continuity correction.
 */
class PairedStatisticsTest {

    private static final double EPS = 1e-10;

    private static double[] zeros(int n) {
        return new double[n];
    }

    @Test
    void curetonTextbookExampleUsesTheExactDistribution() {
        // Cureton (1967) plant heights, the example in scipy's documentation: exact two-sided p = 0.041259765625
        double[] d = {6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75};
        PairedComparison c = PairedStatistics.compare(zeros(15), d);
        assertThat(c.pairs()).isEqualTo(15);
        assertThat(c.meanChange()).isCloseTo(20.933333333333334, within(EPS));
        assertThat(c.sdChange()).isCloseTo(37.7443783262898, within(EPS));
        assertThat(c.t()).isCloseTo(2.1479874613311205, within(EPS));
        assertThat(c.tP()).isCloseTo(0.049702944021800796, within(EPS));
        assertThat(c.ciLow()).isCloseTo(0.031193318392993774, within(EPS));
        assertThat(c.ciHigh()).isCloseTo(41.83547334827367, within(EPS));
        assertThat(c.dz()).isCloseTo(0.5546079777065185, within(EPS));
        assertThat(c.wilcoxon().exact()).isTrue();
        assertThat(c.wilcoxon().wPlus()).isEqualTo(96.0);
        assertThat(c.wilcoxonP()).isCloseTo(0.041259765625, within(1e-14));
    }

    @Test
    void tenPairsWithoutTiesOrZeros() {
        double[] before = {3.1, 2.4, 4.0, 3.3, 2.9, 3.8, 2.2, 3.5, 3.0, 2.7};
        double[] after = {3.9, 2.6, 4.1, 4.5, 2.4, 4.7, 3.9, 3.2, 4.1, 3.4};
        PairedComparison c = PairedStatistics.compare(before, after);
        assertThat(c.beforeMean()).isCloseTo(3.09, within(EPS));
        assertThat(c.afterMean()).isCloseTo(3.68, within(EPS));
        assertThat(c.meanChange()).isCloseTo(0.59, within(EPS));
        assertThat(c.sdChange()).isCloseTo(0.6983313444681304, within(EPS));
        assertThat(c.ciLow()).isCloseTo(0.09044385007894423, within(EPS));
        assertThat(c.ciHigh()).isCloseTo(1.089556149921056, within(EPS));
        assertThat(c.tP()).isCloseTo(0.025550465505113574, within(EPS));
        assertThat(c.dz()).isCloseTo(0.844871141290903, within(EPS));
        // W+ = 48 of 55; 2 · #{sign patterns with W ≤ 7} / 1024 = 38/1024
        assertThat(c.wilcoxon().exact()).isTrue();
        assertThat(c.wilcoxonP()).isCloseTo(0.037109375, within(1e-14));
    }

    @Test
    void likertAnswersWithTiesAndZerosUseTheTieCorrectedNormalApproximation() {
        double[] before = {3, 4, 2, 5, 3, 3, 4, 2, 3, 4, 3, 2, 4, 3};
        double[] after = {4, 4, 3, 4, 5, 3, 5, 3, 4, 4, 4, 1, 5, 5};
        PairedComparison c = PairedStatistics.compare(before, after);
        assertThat(c.pairs()).isEqualTo(14);
        assertThat(c.meanChange()).isCloseTo(0.6428571428571429, within(EPS));
        assertThat(c.sdChange()).isCloseTo(0.9287827316640651, within(EPS));
        assertThat(c.ciLow()).isCloseTo(0.1065939592627313, within(EPS));
        assertThat(c.ciHigh()).isCloseTo(1.1791203264515544, within(EPS));
        assertThat(c.tP()).isCloseTo(0.022436367477147327, within(EPS));
        assertThat(c.dz()).isCloseTo(0.6921501885649401, within(EPS));
        // three zero differences dropped: n = 11, W+ = 56
        assertThat(c.wilcoxon().n()).isEqualTo(11);
        assertThat(c.wilcoxon().wPlus()).isEqualTo(56.0);
        assertThat(c.wilcoxon().exact()).isFalse();
        assertThat(c.wilcoxonP()).isCloseTo(0.029303072040448387, within(EPS));
    }

    @Test
    void fivePairs() {
        double[] before = {2.0, 3.0, 1.0, 4.0, 2.5};
        double[] after = {2.5, 1.75, 3.0, 7.5, 6.75};
        PairedComparison c = PairedStatistics.compare(before, after);
        assertThat(c.meanChange()).isCloseTo(1.8, within(EPS));
        assertThat(c.sdChange()).isCloseTo(2.2318714120665644, within(EPS));
        assertThat(c.ciLow()).isCloseTo(-0.9712343809832518, within(EPS));
        assertThat(c.ciHigh()).isCloseTo(4.571234380983252, within(EPS));
        assertThat(c.tP()).isCloseTo(0.14566367109816944, within(EPS));
        assertThat(c.dz()).isCloseTo(0.8064980761294487, within(EPS));
        assertThat(c.wilcoxon().exact()).isTrue();
        assertThat(c.wilcoxonP()).isCloseTo(0.1875, within(1e-14));   // 2 · 3/32
    }

    @Test
    void onePairHasAMeanButNoSpreadOrTTest() {
        PairedComparison c = PairedStatistics.compare(new double[]{2.0}, new double[]{3.5});
        assertThat(c.pairs()).isEqualTo(1);
        assertThat(c.meanChange()).isEqualTo(1.5);
        assertThat(c.sdChange()).isNull();
        assertThat(c.ciLow()).isNull();
        assertThat(c.tP()).isNull();
        assertThat(c.dz()).isNull();
        assertThat(c.wilcoxonP()).isEqualTo(1.0);   // both sign patterns are as extreme
    }

    @Test
    void allEqualDifferencesHaveZeroSpread() {
        PairedComparison c = PairedStatistics.compare(new double[]{1, 2, 3, 4, 5}, new double[]{2, 3, 4, 5, 6});
        assertThat(c.meanChange()).isEqualTo(1.0);
        assertThat(c.sdChange()).isEqualTo(0.0);
        assertThat(c.ciLow()).isEqualTo(1.0);
        assertThat(c.ciHigh()).isEqualTo(1.0);
        assertThat(c.t()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(c.tP()).isEqualTo(0.0);          // as ttest_rel: t = inf, p = 0
        assertThat(c.dz()).isNull();
        // all five tied: c = 5³ − 5 = 120, variance = 330/24 − 120/48 = 11.25, z = 7.5/√11.25
        assertThat(c.wilcoxon().exact()).isFalse();
        assertThat(c.wilcoxonP()).isCloseTo(0.025347318677468273, within(EPS));
    }

    @Test
    void noChangeAtAllHasNoTests() {
        double[] same = {3, 3, 4, 2, 5};
        PairedComparison c = PairedStatistics.compare(same, same.clone());
        assertThat(c.meanChange()).isEqualTo(0.0);
        assertThat(c.sdChange()).isEqualTo(0.0);
        assertThat(c.tP()).isNull();
        assertThat(c.wilcoxon()).isNull();
        assertThat(c.dz()).isNull();
    }

    @Test
    void floatingPointNoiseNeitherBreaksTiesNorCreatesZeros() {
        // 0.1 + 0.2 = 0.30000000000000004 must tie with 0.3: same result as the exactly tied data
        double[] noisy = {0.1 + 0.2, -0.3, 0.5, 0.7, 1.1, 1.3};
        double[] clean = {0.3, -0.3, 0.5, 0.7, 1.1, 1.3};
        PairedComparison a = PairedStatistics.compare(zeros(6), noisy);
        PairedComparison b = PairedStatistics.compare(zeros(6), clean);
        assertThat(a.wilcoxon().exact()).isFalse();
        assertThat(a.wilcoxon().wPlus()).isEqualTo(19.5);
        assertThat(a.wilcoxonP()).isCloseTo(0.058475261565652914, within(EPS)).isCloseTo(b.wilcoxonP(), within(1e-15));
        assertThat(a.tP()).isCloseTo(0.0512229894375571, within(EPS));
        assertThat(a.ciLow()).isCloseTo(-0.00467895107920957, within(EPS));
        assertThat(a.dz()).isCloseTo(1.0413152017509348, within(EPS));

        PairedComparison tiny = PairedStatistics.compare(zeros(3), new double[]{1e-12, -3e-10, 2.0});
        assertThat(tiny.wilcoxon().n()).isEqualTo(1);
    }

    @Test
    void themeScoresThatAllRiseByAThirdAreTiedWithZeroSpread() {
        // theme score = mean of three items; after − before is 1/3 for everyone, but not bit-for-bit
        double[][] before = {{3, 4, 4}, {2, 2, 3}, {4, 4, 5}, {3, 3, 3}, {1, 2, 2}, {5, 4, 4}, {2, 3, 3}};
        double[][] after = {{4, 4, 4}, {3, 2, 3}, {4, 5, 5}, {3, 4, 3}, {2, 2, 2}, {5, 5, 4}, {3, 3, 3}};
        double[] b = new double[7];
        double[] a = new double[7];
        for (int i = 0; i < 7; i++) {
            b[i] = (before[i][0] + before[i][1] + before[i][2]) / 3;
            a[i] = (after[i][0] + after[i][1] + after[i][2]) / 3;
        }
        PairedComparison c = PairedStatistics.compare(b, a);
        assertThat(c.meanChange()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(c.sdChange()).isEqualTo(0.0);
        assertThat(c.tP()).isEqualTo(0.0);
        assertThat(c.dz()).isNull();
        // seven tied ranks (average 4): W+ = 28, c = 7³ − 7 = 336
        assertThat(c.wilcoxon().wPlus()).isEqualTo(28.0);
        assertThat(c.wilcoxonP()).isCloseTo(0.008150971593502709, within(EPS));
    }

    @Test
    void exactUpToFiftyNonZeroDifferencesThenTheNormalApproximation() {
        double[] d50 = new double[50];
        for (int i = 1; i <= 50; i++) {
            d50[i - 1] = (i % 4 == 0 ? -i : i) + (i % 7 == 0 ? 0.5 : 0);
        }
        PairedComparison.Wilcoxon fifty = PairedStatistics.wilcoxon(d50, 50);
        assertThat(fifty.exact()).isTrue();
        assertThat(fifty.wPlus()).isEqualTo(963.0);
        assertThat(fifty.p()).isCloseTo(0.0013303578723942167, within(1e-13));

        double[] d51 = java.util.Arrays.copyOf(d50, 51);
        d51[50] = 51;
        PairedComparison.Wilcoxon fiftyOne = PairedStatistics.wilcoxon(d51, 51);
        assertThat(fiftyOne.exact()).isFalse();
        assertThat(fiftyOne.wPlus()).isEqualTo(1014.0);
        assertThat(fiftyOne.p()).isCloseTo(0.0010015645649264202, within(EPS));
    }

    @Test
    void descriptiveSummaries() {
        Descriptive d = PairedStatistics.describe(new double[]{6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75});
        assertThat(d.n()).isEqualTo(15);
        assertThat(d.mean()).isCloseTo(20.933333333333334, within(EPS));
        assertThat(d.sd()).isCloseTo(37.7443783262898, within(EPS));
        assertThat(d.ciLow()).isCloseTo(0.031193318392993774, within(EPS));
        assertThat(PairedStatistics.describe(new double[]{4}).sd()).isNull();
        assertThat(PairedStatistics.describe(new double[0]).mean()).isNull();
        assertThat(PairedStatistics.tQuantile975(9)).isCloseTo(2.2621571627982036, within(1e-9));
        assertThat(PairedStatistics.tQuantile975(1)).isCloseTo(12.706204736174694, within(1e-8));
    }

    @Test
    void welchTestForTheLearningLink() {
        // Welch–Satterthwaite df = 8.98797900..., t = 3.11031596...; p from the incomplete beta function
        double[] a = {1, 2, 2, 3, 1.5, 0.5};
        double[] b = {0, 0.5, -1, 1, 0.25};
        assertThat(PairedStatistics.welchP(a, 6, b, 5)).isCloseTo(0.012532490085937554, within(1e-9));
        assertThat(PairedStatistics.welchP(a, 1, b, 5)).isNull();
        assertThat(PairedStatistics.welchP(new double[]{1, 1}, 2, new double[]{2, 2}, 2)).isNull();
    }

    /**
     * Many differences of a few sizes (theme changes in thirds, some off by floating-point noise) are ranked from
     * their counted sizes: the same sizes, in the same order, with the same counts as sorting every difference gives.
     */
    @Test
    void countedSizesAreTheSortedOnes() {
        java.util.Random random = new java.util.Random(22);
        int n = 5000;
        double[] sizes = new double[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = (1 + random.nextInt(12)) / 3.0 + (random.nextInt(10) == 0 ? 1e-13 : 0);
        }
        WilcoxonSizes counted = WilcoxonSizes.counted(sizes, n, n);
        double[] sorted = sizes.clone();
        java.util.Arrays.sort(sorted);
        WilcoxonSizes expected = WilcoxonSizes.sorted(sorted, n);
        assertThat(counted).isNotNull();
        assertThat(counted.distinct()).isEqualTo(expected.distinct()).isEqualTo(24);
        assertThat(java.util.Arrays.copyOf(counted.size(), counted.distinct()))
                .containsExactly(java.util.Arrays.copyOf(expected.size(), expected.distinct()));
        assertThat(java.util.Arrays.copyOf(counted.count(), counted.distinct()))
                .containsExactly(java.util.Arrays.copyOf(expected.count(), expected.distinct()));
        double[] many = new double[200];
        for (int i = 0; i < many.length; i++) {
            many[i] = 1 + i;
        }
        assertThat(WilcoxonSizes.counted(many, many.length, many.length)).as("more sizes than counted: sorted instead").isNull();
        assertThat(WilcoxonSizes.counted(sizes, 50, 50)).as("few differences: sorted for the exact test").isNull();
    }
}
