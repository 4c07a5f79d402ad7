package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.disclosure.DisclosureControl;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The trend over all waves in the disclosure audit. A release of a programme with three or more waves shows, for
 * each theme, the trend over its waves from the first to the release's later wave: the <em>cohort</em> (people who
 * answered the whole theme at every one of those waves) at each wave, the cohort's change from the first wave to
 * each later one, and <em>everyone</em> who answered the theme at each wave. These are three new populations, so
 * they are rows of the audit blocks that hold the same unknowns as the pair's figures: a cohort's or everyone's
 * scores at a wave join that wave's theme block (beside "everyone before", "the pairs", the learning-link groups),
 * the cohort's change joins the change block of the first wave and that wave. A reader who subtracts the cohort
 * from everyone at a wave, or from the pairs, therefore meets the same checks as any other two figures.
 * At the release's own two waves, everyone is exactly the pair's "before" or "after" population, so it is that
 * cell, shown or hidden with it; only the waves in between have cells of their own.
 *
 * <p>Trend cells are hidden first when a combination needs one gone ({@link #TEAM}, {@link #ALL}): the trend is
 * the supplement to the pair's figures, not the other way round. A family's cohort figures at every wave and its
 * changes are shown or hidden together, because the Friedman test uses all of them.
 */
@RequiredArgsConstructor
final class ReleaseTrend {

    /** Priorities: lower than every figure of the pair, teams before the whole programme. */
    static final int TEAM = -2;
    static final int ALL = -1;

    /** Marks who counts in the trend rows of one block. */
    interface Marks {
        void mark(int p, BitSet leaf);
    }

    private final ReleasePopulations pop;
    private final ReleaseBlocks.Cells cells;

    /** How many waves (from the first) a release whose later wave is {@code after} shows the trend over: 0, or 3 and more. */
    static int waves(int after) {
        return after >= 2 ? after + 1 : 0;
    }

    /** The kind of the cell of everyone at a wave in a release: the pair's own at its two waves, else the trend's. */
    static String everyone(View view, int wave, String waveKey) {
        return view.touches(wave) ? view.role(wave) : everyone(waveKey);
    }

    static String everyone(String waveKey) {
        return "trend-everyone-" + waveKey;
    }

    static String cohort(String waveKey) {
        return "trend-cohort-" + waveKey;
    }

    static String change(String waveKey) {
        return "trend-change-" + waveKey;
    }

    private String key(int wave) {
        return pop.data.waves().get(wave).wave().key();
    }

    /** Whether any release shows a trend that includes the wave. */
    boolean uses(int wave) {
        return pop.views.stream().anyMatch(v -> v.inTrend(wave));
    }

    /** The waves any release's trend includes. */
    Set<Integer> waves() {
        Set<Integer> waves = new LinkedHashSet<>();
        pop.views.forEach(v -> java.util.stream.IntStream.range(0, v.trend()).forEach(waves::add));
        return waves;
    }

    /** The pairs (first wave, later wave) whose change some release's trend shows. */
    Set<List<Integer>> pairs() {
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        pop.views.forEach(v -> java.util.stream.IntStream.range(1, v.trend()).forEach(w -> pairs.add(List.of(0, w))));
        return pairs;
    }

    /** The trend rows of the family's theme block at a wave: everyone, and the cohort, of each release that shows them. */
    Marks atWave(DisclosureControl.BlockBuilder block, Family f, int w) {
        List<int[]> rows = new ArrayList<>();
        List<boolean[]> cohorts = new ArrayList<>();
        for (int v = 0; v < pop.views.size(); v++) {
            View view = pop.views.get(v);
            if (view.inTrend(w)) {
                // at the release's own two waves, everyone is the pair's "before" or "after" population: the same cell
                rows.add(new int[]{v, view.touches(w) ? -1 : block.rowType(cells.of(v, f.id(), everyone(key(w)), TEAM, ALL)),
                        block.rowType(cells.of(v, f.id(), cohort(key(w)), TEAM, ALL))});
                cohorts.add(pop.cohort(view, f));
            }
        }
        return (p, leaf) -> {
            for (int r = 0; r < rows.size(); r++) {
                int[] row = rows.get(r);
                if (row[1] >= 0 && pop.in(pop.views.get(row[0]), w, p)) {
                    leaf.set(row[1]);
                }
                if (cohorts.get(r)[p]) {
                    leaf.set(row[2]);
                }
            }
        };
    }

    /** The trend rows of the family's change block from wave {@code before} to {@code after}: the cohort's change. */
    Marks change(DisclosureControl.BlockBuilder block, Family f, int before, int after) {
        List<int[]> rows = new ArrayList<>();
        List<boolean[]> cohorts = new ArrayList<>();
        for (int v = 0; v < pop.views.size(); v++) {
            if (before == 0 && after > 0 && pop.views.get(v).inTrend(after)) {
                rows.add(new int[]{v, block.rowType(cells.of(v, f.id(), change(key(after)), TEAM, ALL))});
                cohorts.add(pop.cohort(pop.views.get(v), f));
            }
        }
        return (p, leaf) -> {
            for (int r = 0; r < rows.size(); r++) {
                if (cohorts.get(r)[p]) {
                    leaf.set(rows.get(r)[1]);
                }
            }
        };
    }

    /** The new release's cohort figures of a family, at every wave and every change, for each scope: shown or hidden as one. */
    void together(DisclosureControl control) {
        int fresh = pop.views.size() - 1;
        View view = pop.views.get(fresh);
        for (Family f : pop.families) {
            for (int w = 0; w < view.trend(); w++) {
                int[] first = cells.of(fresh, f.id(), cohort(key(0)), TEAM, ALL);
                int[] other = cells.of(fresh, f.id(), w == 0 ? cohort(key(0)) : change(key(w)), TEAM, ALL);
                int[] same = cells.of(fresh, f.id(), cohort(key(w)), TEAM, ALL);
                for (int s = 0; s <= pop.teamCount; s++) {
                    if (w > 0) {
                        control.together(first[s], other[s]);
                        control.together(first[s], same[s]);
                    }
                }
            }
        }
    }
}
