package org.lantern.reports;

import org.jspecify.annotations.Nullable;

/**
 * The small-group rule. A figure computed from fewer than the minimum number of people is hidden.
 * In a breakdown by team, when exactly one team is hidden, the next-smallest team is hidden too, so
 * that the small team's figure cannot be worked out from the total and the other teams.
 */
final class Suppression {

    private final int minGroupSize;

    Suppression(int minGroupSize) {
        this.minGroupSize = minGroupSize;
    }

    int minGroupSize() {
        return minGroupSize;
    }

    /** The rule for a figure on its own (e.g. the programme total). */
    @Nullable Hidden single(int people) {
        return people < minGroupSize ? Hidden.TOO_FEW : null;
    }

    /**
     * The rule for one breakdown by team: {@code people[t]} is how many people team {@code t}'s
     * figure comes from. Ties for the next-smallest team go to the first name in {@code names}' order.
     */
    @Nullable Hidden[] breakdown(int[] people, String[] names) {
        Hidden[] hidden = new Hidden[people.length];
        int tooFew = 0;
        for (int t = 0; t < people.length; t++) {
            if (people[t] < minGroupSize) {
                hidden[t] = Hidden.TOO_FEW;
                tooFew++;
            }
        }
        if (tooFew == 1) {
            int next = -1;
            for (int t = 0; t < people.length; t++) {
                if (hidden[t] == null && (next < 0 || people[t] < people[next]
                        || (people[t] == people[next] && names[t].compareTo(names[next]) < 0))) {
                    next = t;
                }
            }
            if (next >= 0) {
                hidden[next] = Hidden.PROTECTS_SMALL_TEAM;
            }
        }
        return hidden;
    }
}
