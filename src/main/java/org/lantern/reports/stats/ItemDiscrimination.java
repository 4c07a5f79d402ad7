package org.lantern.reports.stats;

import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Discrimination of knowledge questions: for each question, the corrected item-total (point-biserial)
 * correlation, Pearson's r between answering it right (1) or wrong (0) and the number of the
 * <em>other</em> questions answered right, over people who answered every question. Pearson's r from
 * Hipparchus; it equals {@code scipy.stats.pointbiserialr}.
 */
public final class ItemDiscrimination {

    private ItemDiscrimination() {
    }

    /**
     * @param right one row per person, one column per question: 1 right, 0 wrong
     * @return per question its r, or null when it or the rest score does not vary, or there are fewer
     *         than 3 people or 2 questions
     */
    public static List<@Nullable Double> corrected(int[][] right, int questions) {
        List<@Nullable Double> result = new ArrayList<>();
        int n = right.length;
        int[] total = new int[n];
        for (int p = 0; p < n; p++) {
            for (int answer : right[p]) {
                total[p] += answer;
            }
        }
        for (int i = 0; i < questions; i++) {
            if (n < 3 || questions < 2) {
                result.add(null);
                continue;
            }
            double[] item = new double[n];
            double[] rest = new double[n];
            for (int p = 0; p < n; p++) {
                item[p] = right[p][i];
                rest[p] = total[p] - right[p][i];
            }
            double r = new PearsonsCorrelation().correlation(item, rest);
            result.add(Double.isNaN(r) ? null : r);
        }
        return result;
    }
}
