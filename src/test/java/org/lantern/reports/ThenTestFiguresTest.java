package org.lantern.reports;

import org.junit.jupiter.api.Test;
import org.lantern.reports.stats.PairedComparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The then-test's three comparisons of theme scores (sums of two questions) against scipy 1.17: the values were
 * printed by the then-test section of {@code src/test/resources/reports/reference_statistics.py}.
 */
class ThenTestFiguresTest {

    private static final int[][] TIES_ZEROS_7 = {{5, 6, 4, 7, 6, 5, 8}, {4, 5, 4, 6, 4, 5, 6}, {8, 7, 6, 9, 9, 6, 9}};
    private static final int[][] SMALL_5 = {{4, 6, 5, 7, 3}, {3, 4, 5, 4, 2}, {7, 9, 6, 8, 10}};

    @Test
    void tiesAndZeroDifferencesMatchScipy() {
        int[] before = TIES_ZEROS_7[0];
        int[] then = TIES_ZEROS_7[1];
        int[] after = TIES_ZEROS_7[2];
        assertMatches(ReleaseThenTestFigures.compare(then, after, 2), 1.4285714285714286, 0.6725927091345493, 0.8065269211786256,
                2.0506159359642315, 5.619514869490164, 0.0013563218457674504, 0.01755232593841686, 2.123976976214366);
        assertMatches(ReleaseThenTestFigures.compare(before, after, 2), 0.9285714285714286, 0.4498677054212186, 0.5125131939070201,
                1.3446296632358372, 5.461092327709238, 0.00157096394983003, 0.01674764760318694, 2.0640988836973566);
        assertMatches(ReleaseThenTestFigures.compare(before, then, 2), -0.5, 0.408248290463863, -0.8775666956936137,
                -0.12243330430638627, -3.24037034920393, 0.017678667376839822, 0.03843393023678171, -1.224744871391589);
    }

    @Test
    void fewerThanSixPeopleMatchScipy() {
        int[] before = SMALL_5[0];
        int[] then = SMALL_5[1];
        int[] after = SMALL_5[2];
        assertMatches(ReleaseThenTestFigures.compare(then, after, 2), 2.2, 1.2549900398011133, 0.6417240494746488, 3.7582759505253516,
                3.919831548048891, 0.017250135686145054, 0.04216819709715596, 1.7530019603571108);
        assertMatches(ReleaseThenTestFigures.compare(before, after, 2), 1.5, 1.224744871391589, -0.020721613791635285,
                3.0207216137916353, 2.7386127875258306, 0.051979694201925934, 0.041226833337163676, 1.2247448713915892);
        assertMatches(ReleaseThenTestFigures.compare(before, then, 2), -0.7, 0.570087712549569, -1.407857388491136,
                0.007857388491136041, -2.745625891934576, 0.05160595781117475, 0.06559969214707187, -1.2278812270298407);
    }

    @Test
    void theComparisonsAreOfTheSamePeopleSoTheyAddUp() {
        int[] before = TIES_ZEROS_7[0];
        int[] then = TIES_ZEROS_7[1];
        int[] after = TIES_ZEROS_7[2];
        double shift = ReleaseThenTestFigures.compare(before, then, 2).meanChange();
        double lookingBack = ReleaseThenTestFigures.compare(then, after, 2).meanChange();
        assertThat(shift + lookingBack).as("(then − before) + (after − then) = after − before")
                .isCloseTo(ReleaseThenTestFigures.compare(before, after, 2).meanChange(), within(1e-12));
    }

    private static void assertMatches(PairedComparison c, double mean, double sd, double ciLow, double ciHigh, double t, double tP,
                                      double wilcoxonP, double dz) {
        assertThat(c.meanChange()).isCloseTo(mean, within(1e-12));
        assertThat(c.sdChange()).isCloseTo(sd, within(1e-12));
        assertThat(c.ciLow()).isCloseTo(ciLow, within(1e-10));
        assertThat(c.ciHigh()).isCloseTo(ciHigh, within(1e-10));
        assertThat(c.t()).isCloseTo(t, within(1e-10));
        assertThat(c.tP()).isCloseTo(tP, within(1e-10));
        assertThat(c.wilcoxonP()).isCloseTo(wilcoxonP, within(1e-10));
        assertThat(c.dz()).isCloseTo(dz, within(1e-10));
    }
}
