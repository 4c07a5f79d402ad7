package org.lantern.reports;

import org.junit.jupiter.api.Test;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.EffectSizes;
import org.lantern.reports.stats.PairedStatistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Attrition's standardised difference against values from numpy/scipy: the "attrition" section of
 * src/test/resources/reports/reference_statistics.py (Cohen's d with the pooled SD, Hedges' g = d × J(n₁ + n₂ − 2)).
 */
class AttritionFiguresTest {

    private static Double[] dAndG(double[] completers, double[] dropOuts) {
        Descriptive a = PairedStatistics.describe(completers);
        Descriptive b = PairedStatistics.describe(dropOuts);
        Double d = AttritionFigures.cohenD(a, b);
        return new Double[]{d, EffectSizes.hedgesGz(d, a.n() + b.n() - 1)};
    }

    @Test
    void cohensDAndHedgesGMatchTheReferenceValues() {
        Double[] typical = dAndG(new double[]{3.25, 4.0, 3.5, 4.25, 2.75, 3.75, 4.5}, new double[]{2.5, 3.0, 3.25, 2.75, 3.5});
        assertThat(typical[0]).isCloseTo(1.3490130521016739, within(1e-12));
        assertThat(typical[1]).isCloseTo(1.24479586903311, within(1e-12));

        Double[] ties = dAndG(new double[]{4, 4, 5, 3}, new double[]{3, 3});
        assertThat(ties[0]).isCloseTo(1.414213562373095, within(1e-12));
        assertThat(ties[1]).isCloseTo(1.1283791670955126, within(1e-12));

        Double[] alike = dAndG(new double[]{3.5, 4.0, 4.5}, new double[]{3.0, 3.0, 3.0});
        assertThat(alike[0]).as("one group without spread still pools with the other").isCloseTo(2.82842712474619, within(1e-12));
        assertThat(alike[1]).isCloseTo(2.256758334191025, within(1e-12));
    }

    @Test
    void undefinedWithoutSpreadOrWithFewerThanTwoInAGroup() {
        assertThat(dAndG(new double[]{4, 4, 4}, new double[]{2, 2})).containsOnlyNulls();
        assertThat(dAndG(new double[]{3, 4, 5}, new double[]{2})).containsOnlyNulls();
        assertThat(dAndG(new double[]{3, 4, 5}, new double[0])).containsOnlyNulls();
    }
}
