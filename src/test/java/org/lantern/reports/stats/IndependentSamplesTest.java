package org.lantern.reports.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Welch's t, the Mann–Whitney U test and Hedges' g of two independent groups against scipy 1.17.1: the values are
 * printed by the "independent samples" section of src/test/resources/reports/reference_statistics.py
 * (ttest_ind(equal_var=False), mannwhitneyu(method="asymptotic", use_continuity=True), nct for the interval).
 */
class IndependentSamplesTest {

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("ties", new double[]{3, 4, 4, 2, 3, 5, 3, 4}, new double[]{4, 4, 5, 3, 4, 5, 5, 4, 3},
                        new Double[]{1.4606509711241222, 13.825264252730243, 0.1664627223957718, 49.5, 0.18598200695008793,
                                0.6806811297544864, -0.2653301066654192, 1.6056866715792495, 0.6875, 0.375}),
                Arguments.of("n < 6", new double[]{2, 3, 3}, new double[]{4, 5},
                        new Double[]{3.05085107923876, 1.898876404494382, 0.09880961378188191, 6.0, 0.1386406338132186,
                                2.1272962693689403, 0.011034390993935462, 4.14818065392161, 1.0, 1.0}),
                Arguments.of("after constant", new double[]{2, 3, 4, 3, 2}, new double[]{4, 4, 4, 4},
                        new Double[]{3.207134902949093, 4.0, 0.03267792333680297, 18.0, 0.042063356485124506,
                                1.6852465275780835, 0.19458543734194755, 3.101503857102811, 0.9, 0.8}),
                Arguments.of("both constant", new double[]{3, 3, 3}, new double[]{4, 4, 4, 4},
                        new Double[]{null, null, null, 12.0, 0.024744672046398936, null, null, null, 1.0, 1.0}),
                Arguments.of("thirds", new double[]{10 / 3.0, 11 / 3.0, 3, 8 / 3.0, 4, 7 / 3.0},
                        new double[]{11 / 3.0, 4, 13 / 3.0, 10 / 3.0, 3, 14 / 3.0, 4},
                        new Double[]{2.066164449649383, 10.339732823900205, 0.06479488277040292, 33.5, 0.08344982949310291,
                                1.0766413191543707, -0.050806882946356366, 2.1635833949232115, 0.7976190476190477,
                                0.5952380952380953}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void equalsScipy(String label, double[] before, double[] after, Double[] expected) {
        IndependentComparison c = IndependentSamples.compare(before, after);
        Double[] actual = {c.welchT(), c.welchDf(), c.welchP(), c.mannWhitneyU(), c.mannWhitneyP(), c.hedgesG(),
                c.hedgesGCiLow(), c.hedgesGCiHigh(), c.commonLanguage(), c.rankBiserial()};
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == null) {
                assertThat(actual[i]).as(label + " value " + i).isNull();
            } else {
                assertThat(actual[i]).as(label + " value " + i).isCloseTo(expected[i], within(1e-7));
            }
        }
        assertThat(c.before().n()).isEqualTo(before.length);
        assertThat(c.after().n()).isEqualTo(after.length);
    }

    @org.junit.jupiter.api.Test
    void everyoneAlikeHasNoTestButAnEffectOfNothing() {
        IndependentComparison c = IndependentSamples.compare(new double[]{3, 3, 3}, new double[]{3, 3});
        assertThat(c.welchP()).isNull();
        assertThat(c.mannWhitneyP()).isNull();
        assertThat(c.hedgesG()).isNull();
        assertThat(c.rankBiserial()).isZero();
    }
}
