package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.EffectSizes;
import org.lantern.reports.stats.PairedStatistics;

/**
 * Works out a theme's {@link Attrition} for one group of a new release: the people of the group whose before
 * scores the release shows, split by whether they are among the theme's pairs.
 */
final class AttritionFigures {

    private AttritionFigures() {
    }

    /**
     * @param beforeHidden why the theme's before figures are hidden in the group, or null
     * @param pairsHidden  why its change (the pairs) is hidden in the group, or null
     */
    static Attrition of(ReleasePopulations pop, View view, Family f, int[] people, @Nullable Hidden beforeHidden,
                        @Nullable Hidden pairsHidden) {
        if (beforeHidden != null || pairsHidden != null) {
            return new Attrition(null, null, null, null, beforeHidden != null ? beforeHidden : pairsHidden);
        }
        int b = view.before();
        int a = view.after();
        boolean[] first = pop.complete(b, f);
        boolean[] second = pop.complete(a, f);
        double[] stayed = new double[people.length];
        double[] left = new double[people.length];
        int s = 0;
        int l = 0;
        for (int p : people) {
            if (!pop.in(view, b, p) || !first[p]) {
                continue;
            }
            double score = (double) pop.sum(b, f, p) / f.items().length;
            if (pop.in(view, a, p) && second[p]) {
                stayed[s++] = score;
            } else {
                left[l++] = score;
            }
        }
        Descriptive completers = PairedStatistics.describe(stayed, s);
        Descriptive dropOuts = PairedStatistics.describe(left, l);
        Double d = cohenD(completers, dropOuts);
        return new Attrition(completers, dropOuts, d, EffectSizes.hedgesGz(d, s + l - 1), null);
    }

    /** Cohen's d of two groups with the pooled SD; null when it is undefined. */
    static @Nullable Double cohenD(Descriptive one, Descriptive two) {
        if (one.n() < 2 || two.n() < 2 || one.sd() == null || two.sd() == null) {
            return null;
        }
        double pooled = Math.sqrt(((one.n() - 1) * one.sd() * one.sd() + (two.n() - 1) * two.sd() * two.sd()) / (one.n() + two.n() - 2));
        return pooled == 0 ? null : (one.mean() - two.mean()) / pooled;
    }
}
