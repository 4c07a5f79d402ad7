package org.lantern.reports.stats;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;

/**
 * The distinct sizes of one sign's non-zero differences, ascending, and how many differences have each. Ranking
 * walks these instead of every difference: equal sizes always fall in the same tie group.
 */
record WilcoxonSizes(double[] size, int[] count, int distinct) {

    /** Most distinct sizes counted rather than sorted; answers and theme changes have a few dozen. */
    private static final int MOST = 128;

    /** The sizes of the first {@code n} values, sorted ascending. */
    static WilcoxonSizes sorted(double[] values, int n) {
        double[] size = new double[n];
        int[] count = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct > 0 && values[i] == size[distinct - 1]) {
                count[distinct - 1]++;
            } else {
                size[distinct] = values[i];
                count[distinct++] = 1;
            }
        }
        return new WilcoxonSizes(size, count, distinct);
    }

    /**
     * The sizes of the first {@code n} values (all positive) counted in a small hash table, or null when the
     * differences are too few to gain from it ({@code all} at most {@link PairedStatistics#EXACT_LIMIT}: the exact test wants
     * them sorted) or have more than {@link #MOST} distinct sizes.
     */
    static @Nullable WilcoxonSizes counted(double[] values, int n, int all) {
        if (all <= PairedStatistics.EXACT_LIMIT) {
            return null;
        }
        int capacity = 2 * MOST;
        long[] keys = new long[capacity];
        int[] counts = new int[capacity];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            // a positive double's bits order as the double does, and are never 0
            long bits = Double.doubleToRawLongBits(values[i]);
            int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 56);
            while (keys[slot] != 0 && keys[slot] != bits) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (keys[slot] == 0) {
                if (++distinct > MOST) {
                    return null;
                }
                keys[slot] = bits;
            }
            counts[slot]++;
        }
        long[] packed = new long[distinct];
        int d = 0;
        for (int slot = 0; slot < capacity; slot++) {
            if (keys[slot] != 0) {
                packed[d++] = keys[slot];
            }
        }
        Arrays.sort(packed);
        double[] size = new double[distinct];
        int[] count = new int[distinct];
        for (int x = 0; x < distinct; x++) {
            int slot = (int) ((packed[x] * 0x9E3779B97F4A7C15L) >>> 56);
            while (keys[slot] != packed[x]) {
                slot = (slot + 1) & (capacity - 1);
            }
            size[x] = Double.longBitsToDouble(packed[x]);
            count[x] = counts[slot];
        }
        return new WilcoxonSizes(size, count, distinct);
    }
}
