package org.lantern.reports.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Lenth's series against {@code scipy.stats.nct.cdf} (Boost's algorithm, not this series): values printed
 * by {@code src/test/resources/reports/reference_statistics.py}.
 */
class NoncentralTTest {

    private static final double EPS = 1e-9;

    @Test
    void cumulativeProbabilityEqualsScipy() {
        assertThat(NoncentralT.cdf(2.0, 5, 1.0)).isCloseTo(0.7780746626162148, within(EPS));
        assertThat(NoncentralT.cdf(-1.5, 3, 0.5)).isCloseTo(0.0500973614974971, within(EPS));
        assertThat(NoncentralT.cdf(0.0, 10, 2.0)).isCloseTo(0.02275013194817922, within(EPS));
        assertThat(NoncentralT.cdf(3.2, 1, 4.0)).isCloseTo(0.2328284484305459, within(EPS));
        assertThat(NoncentralT.cdf(10.0, 20, 12.0)).isCloseTo(0.12814238607378017, within(EPS));
        assertThat(NoncentralT.cdf(-4.0, 8, -3.0)).isCloseTo(0.26915127646618237, within(EPS));
        assertThat(NoncentralT.cdf(25.0, 40, 30.0)).isCloseTo(0.04349246399543219, within(EPS));
        assertThat(NoncentralT.cdf(1.0, 2, -2.0)).isCloseTo(0.9961373790239938, within(EPS));
        assertThat(NoncentralT.cdf(-0.3, 30, 0.8)).isCloseTo(0.13638718589001222, within(EPS));
    }

    @Test
    void withNoNoncentralityItIsStudentsT() {
        assertThat(NoncentralT.cdf(2.5, 9, 0.0)).isCloseTo(0.9830690861585072, within(EPS));
    }

    @Test
    void infiniteTIsCertain() {
        assertThat(NoncentralT.cdf(Double.POSITIVE_INFINITY, 4, 2)).isEqualTo(1.0);
        assertThat(NoncentralT.cdf(Double.NEGATIVE_INFINITY, 4, 2)).isEqualTo(0.0);
    }

    @Test
    void theIntervalPutsTheObservedTAtTheTwoPercentiles() {
        double[] delta = NoncentralT.noncentralityInterval(2.0, 11, 0.05);
        assertThat(NoncentralT.cdf(2.0, 11, delta[0])).isCloseTo(0.975, within(1e-10));
        assertThat(NoncentralT.cdf(2.0, 11, delta[1])).isCloseTo(0.025, within(1e-10));
        assertThat(delta[0]).isLessThan(2.0);
        assertThat(delta[1]).isGreaterThan(2.0);
    }

    /**
     * The series' kept terms serve every δ at one t: asked in any order (a δ that needs more terms first, or
     * fewer), each value is the one a fresh series gives, to the last bit.
     */
    @Test
    void keptTermsGiveTheFreshValueToTheLastBit() {
        for (double t : new double[]{-7.5, -2.0, -0.3, 0.0, 0.4, 2.0, 9.0, 35.0}) {
            for (double df : new double[]{1, 4, 29, 399, 99_999}) {
                NoncentralT.AtT kept = new NoncentralT.AtT(t, df);
                for (double delta : new double[]{0.0, 30.0, -1.0, 2.5, t, -t, 12.0, 0.1, 45.0, -45.0}) {
                    double fresh = new NoncentralT.AtT(t, df).cdf(delta);
                    assertThat(kept.cdf(delta)).as("t %s, df %s, delta %s", t, df, delta).isEqualTo(fresh);
                }
            }
        }
    }
}
