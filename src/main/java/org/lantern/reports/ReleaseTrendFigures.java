package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.Friedman;
import org.lantern.reports.stats.Multiplicity;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.PairedStatistics;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The trend figures of the new release, scope by scope (0 = all teams, t + 1 = team t): for each theme and
 * question, the cohort's scores at each wave, its Friedman test and its change from the first wave to each
 * later one (Holm-adjusted within the row), and everyone's scores at each wave; hidden cells give their reason
 * instead (see {@link ReleaseTrend} for the populations and how they are audited).
 */
final class ReleaseTrendFigures {

    private final ReleasePopulations pop;
    private final Map<String, Hidden> hidden;
    private final View view;
    private final List<String> keys;

    ReleaseTrendFigures(ReleasePopulations pop, Map<String, Hidden> hidden) {
        this.pop = pop;
        this.hidden = hidden;
        this.view = pop.fresh();
        this.keys = IntStream.range(0, view.trend()).mapToObj(w -> pop.data.waves().get(w).wave().key()).toList();
    }

    /** The scope's trend, or null when the release shows none (fewer than three waves). */
    @Nullable TrendFigures trend(int s) {
        if (view.trend() == 0) {
            return null;
        }
        int[] people = pop.people(s);
        List<TrendFigures.Row> themes = new ArrayList<>();
        Map<String, TrendFigures.Row> items = new LinkedHashMap<>();
        for (Family f : pop.families) {
            boolean[] inCohort = pop.cohort(view, f);
            int[] cohort = IntStream.of(people).filter(p -> inCohort[p]).toArray();
            Hidden why = cohortHidden(f, s);
            if (f.theme() != null) {
                themes.add(row(f, -1, people, cohort, why, s, f.theme().key(), f.theme().title(), null));
            }
            for (int i = 0; i < f.items().length; i++) {
                Item item = pop.data.likertItems().get(f.items()[i]);
                items.put(item.key(), row(f, i, people, cohort, why, s, item.key(), item.text(), item.theme()));
            }
        }
        return new TrendFigures(keys, List.copyOf(themes),
                pop.data.likertItems().stream().map(i -> items.get(i.key())).toList());
    }

    private @Nullable Hidden why(Family f, String kind, int s) {
        return hidden.get(f.id() + "|" + kind + "|" + pop.scope(s));
    }

    /** The cohort's cells are shown or hidden together; the first reason found. */
    private @Nullable Hidden cohortHidden(Family f, int s) {
        for (int w = 0; w < keys.size(); w++) {
            Hidden why = why(f, ReleaseTrend.cohort(keys.get(w)), s);
            if (why == null && w > 0) {
                why = why(f, ReleaseTrend.change(keys.get(w)), s);
            }
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /**
     * A person's theme score (item &lt; 0) or answer to one of the family's questions at a wave, as a whole number:
     * the sum of the theme's answers (the score times the number of its questions), or the answer.
     */
    private int whole(Family f, int item, int w, int p) {
        return item < 0 ? pop.sum(w, f, p) : pop.answer(w, f, item, p);
    }

    /** The score from {@link #whole}. */
    private static double value(Family f, int item, int whole) {
        return item < 0 ? (double) whole / f.items().length : whole;
    }

    private TrendFigures.Row row(Family f, int item, int[] people, int[] cohort, @Nullable Hidden why, int s, String key,
                                 String label, @Nullable String theme) {
        List<WaveFigures> everyone = new ArrayList<>();
        for (int w = 0; w < keys.size(); w++) {
            everyone.add(everyone(f, item, people, w, s));
        }
        if (why != null) {
            return new TrendFigures.Row(key, label, theme, List.of(), why, null, List.of(), List.copyOf(everyone));
        }
        int k = keys.size();
        int n = cohort.length;
        // by wave, then person: whole numbers for the Friedman ranks and exact changes, and the scores they make
        int[][] wholes = new int[k][n];
        double[][] scores = new double[k][n];
        for (int w = 0; w < k; w++) {
            for (int c = 0; c < n; c++) {
                wholes[w][c] = whole(f, item, w, cohort[c]);
                scores[w][c] = value(f, item, wholes[w][c]);
            }
        }
        List<Descriptive> means = new ArrayList<>();
        for (int w = 0; w < k; w++) {
            means.add(PairedStatistics.describe(scores[w], n));
        }
        List<PairedComparison> comparisons = new ArrayList<>();
        for (int w = 1; w < k; w++) {
            comparisons.add(compare(f, item, wholes, scores, w, n));
        }
        @Nullable Double[] holmT = Multiplicity.holm(comparisons.stream().map(PairedComparison::tP).toArray(Double[]::new));
        @Nullable Double[] holmW = Multiplicity.holm(comparisons.stream().map(PairedComparison::wilcoxonP).toArray(Double[]::new));
        List<TrendFigures.Change> changes = new ArrayList<>();
        for (int w = 1; w < k; w++) {
            changes.add(new TrendFigures.Change(keys.get(w), comparisons.get(w - 1), holmT[w - 1], holmW[w - 1]));
        }
        return new TrendFigures.Row(key, label, theme, List.copyOf(means), null, friedman(wholes, n), List.copyOf(changes),
                List.copyOf(everyone));
    }

    /**
     * The Friedman test over the cohort's whole numbers: a theme's sums rank as its scores do (the same
     * number of questions for everyone), so no score needs sorting.
     */
    private static Friedman.@Nullable Result friedman(int[][] wholes, int n) {
        if (n < 2) {
            return null;
        }
        int k = wholes.length;
        Friedman.Rows rows = new Friedman.Rows(k);
        int[] row = new int[k];
        for (int c = 0; c < n; c++) {
            for (int w = 0; w < k; w++) {
                row[w] = wholes[w][c];
            }
            rows.add(row);
        }
        return rows.result();
    }

    /** The cohort's wave {@code w} against the first wave; changes from exact integer sums, so that equal changes are equal. */
    private static PairedComparison compare(Family f, int item, int[][] wholes, double[][] scores, int w, int n) {
        double[] change = new double[n];
        for (int c = 0; c < n; c++) {
            change[c] = item < 0 ? (double) (wholes[w][c] - wholes[0][c]) / f.items().length : wholes[w][c] - wholes[0][c];
        }
        return PairedStatistics.compare(scores[0], scores[w], change, n);
    }

    /** Everyone of the scope who answered the whole family at the wave. */
    private WaveFigures everyone(Family f, int item, int[] people, int w, int s) {
        Hidden why = why(f, ReleaseTrend.everyone(view, w, keys.get(w)), s);
        if (why != null) {
            return new WaveFigures(null, why);
        }
        boolean[] done = pop.complete(w, f);
        double[] values = new double[people.length];
        int m = 0;
        for (int p : people) {
            if (done[p] && pop.in(view, w, p)) {
                values[m++] = value(f, item, whole(f, item, w, p));
            }
        }
        return new WaveFigures(PairedStatistics.describe(values, m), null);
    }
}
