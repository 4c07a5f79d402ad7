package org.lantern.reports.stats;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for a family of tests. Null p-values (tests that could not be run) are not part
 * of the family and stay null. An adjusted p-value is compared with the same α as a raw one.
 * <ul>
 *   <li>Holm (1979), step-down, controls the family-wise error rate: sorted ascending,
 *       p̃_(i) = min(1, max_{j ≤ i} (m − j + 1) p_(j));</li>
 *   <li>Benjamini &amp; Hochberg (1995), step-up, controls the false discovery rate:
 *       p̃_(i) = min(1, min_{j ≥ i} m p_(j) / j), as {@code scipy.stats.false_discovery_control}.</li>
 * </ul>
 */
public final class Multiplicity {

    private Multiplicity() {
    }

    /** Holm–Bonferroni adjusted p-values, in the order given. */
    public static @Nullable Double[] holm(@Nullable Double[] p) {
        int[] order = ascending(p);
        int m = order.length;
        @Nullable Double[] adjusted = new Double[p.length];
        double running = 0;
        for (int i = 0; i < m; i++) {
            running = Math.max(running, Math.min(1, (m - i) * p[order[i]]));
            adjusted[order[i]] = running;
        }
        return adjusted;
    }

    /** Benjamini–Hochberg adjusted p-values, in the order given. */
    public static @Nullable Double[] benjaminiHochberg(@Nullable Double[] p) {
        int[] order = ascending(p);
        int m = order.length;
        @Nullable Double[] adjusted = new Double[p.length];
        double running = 1;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, (double) m * p[order[i]] / (i + 1));
            adjusted[order[i]] = running;
        }
        return adjusted;
    }

    /** The indexes of the non-null p-values, smallest p first (ties keep their order). */
    private static int[] ascending(@Nullable Double[] p) {
        Integer[] present = IntStream.range(0, p.length).filter(i -> p[i] != null).boxed().toArray(Integer[]::new);
        Arrays.sort(present, Comparator.comparingDouble(i -> p[i]));
        return Arrays.stream(present).mapToInt(Integer::intValue).toArray();
    }
}
