package org.lantern.reports.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Holm and Benjamini–Hochberg against {@code src/test/resources/reports/reference_statistics.py}
 * (scipy's {@code false_discovery_control}; Holm from its definition with numpy). A null p-value is a test
 * that was not run: it is not part of the family.
 */
class MultiplicityTest {

    private static final Double[] MIXED = {0.01, 0.04, 0.03, 0.005, null, 0.5, 0.04, 0.0, 1.0};

    private static void assertClose(Double[] actual, Double... expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == null) {
                assertThat(actual[i]).as("index " + i).isNull();
            } else {
                assertThat(actual[i]).as("index " + i).isCloseTo(expected[i], within(1e-12));
            }
        }
    }

    @Test
    void holmWithTiesZeroAndATestNotRun() {
        assertClose(Multiplicity.holm(MIXED), 0.06, 0.16, 0.15, 0.035, null, 1.0, 0.16, 0.0, 1.0);
    }

    @Test
    void benjaminiHochbergWithTiesZeroAndATestNotRun() {
        assertClose(Multiplicity.benjaminiHochberg(MIXED), 0.026666666666666665, 0.05333333333333333, 0.05333333333333333,
                0.02, null, 0.5714285714285714, 0.05333333333333333, 0.0, 1.0);
    }

    @Test
    void oneTestIsNotAdjusted() {
        assertClose(Multiplicity.holm(new Double[]{0.2}), 0.2);
        assertClose(Multiplicity.benjaminiHochberg(new Double[]{0.2}), 0.2);
    }

    @Test
    void adjustedValuesStopAtOne() {
        Double[] large = {0.3, 0.6, 0.9, 0.45};
        assertClose(Multiplicity.holm(large), 1.0, 1.0, 1.0, 1.0);
        assertClose(Multiplicity.benjaminiHochberg(large), 0.7999999999999999, 0.7999999999999999, 0.9, 0.7999999999999999);
    }

    @Test
    void anEmptyFamilyGivesNothing() {
        assertThat(Multiplicity.holm(new Double[]{null, null})).containsOnlyNulls();
        assertThat(Multiplicity.benjaminiHochberg(new Double[0])).isEmpty();
    }
}
