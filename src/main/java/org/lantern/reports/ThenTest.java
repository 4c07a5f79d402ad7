package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.disclosure.DisclosureControl;
import org.lantern.surveys.EvaluationData;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import static org.lantern.surveys.EvaluationData.MISSING;

/**
 * The then-test (retrospective pre-test) in the disclosure audit. A survey may ask, in its follow-up waves, a
 * "looking back, before the training, how would you have answered?" version of some questions. A release then shows,
 * per theme and question, for the <em>then-test group</em> (the pairs who also answered every then-test question of
 * the theme at the release's later wave): their before, then-test and after scores, then-test against after, before
 * against after, and before against then-test (the response shift). A theme's then-test score and its before and
 * after scores here are over the theme's questions that have a then-test version (all of them, usually).
 *
 * <p>The group is a new population, so its one cell per theme and scope ({@code theme:x|then-test|all}) is a row of
 * every audit block whose unknowns its figures use: the theme's answers at the release's two waves and their change
 * (beside everyone, the pairs, the learning-link groups and the trend cohort), and three blocks of its own: the
 * then-test answers at the wave, their change to the after answers and the change from the before answers. A
 * then-test group that is the pairs minus one person is therefore hidden, like any two figures that differ by one.
 * Its cells give way first ({@link ReleaseTrend#TEAM}, {@link ReleaseTrend#ALL}): they are a supplement.
 */
final class ThenTest {

    static final String KIND = "then-test";

    private final ReleasePopulations pop;
    private final ReleaseBlocks.@Nullable Cells cells;
    /** Per wave, per participant × likert item: the then-test answer after reverse scoring, or MISSING. */
    private final int[][] scored;
    private final java.util.Map<String, int[]> items = new java.util.concurrent.ConcurrentHashMap<>();

    /** The populations only, for the figures. */
    ThenTest(ReleasePopulations pop) {
        this(pop, null);
    }

    /** The populations and the audit rows, with the audit's cells. */
    ThenTest(ReleasePopulations pop, ReleaseBlocks.@Nullable Cells cells) {
        this.pop = pop;
        this.cells = cells;
        EvaluationData data = pop.data;
        int likert = pop.likertCount;
        int flip = data.survey().scale() == null ? 0 : data.survey().scale().min() + data.survey().scale().max();
        this.scored = new int[data.thenTest().size()][];
        for (int w = 0; w < scored.length; w++) {
            int[] raw = data.thenTest().get(w);
            int[] s = new int[raw.length];
            for (int j = 0; j < raw.length; j++) {
                s[j] = raw[j] == MISSING || !data.likertItems().get(j % likert).reverse() ? raw[j] : flip - raw[j];
            }
            scored[w] = s;
        }
    }

    /** The positions (in {@code f.items()}) of the family's questions that have a then-test version; empty for none. */
    int[] items(Family f) {
        return items.computeIfAbsent(f.id(), id -> IntStream.range(0, f.items().length)
                .filter(i -> pop.data.likertItems().get(f.items()[i]).hasThenTest()).toArray());
    }

    /** Person {@code p}'s then-test answer to the family's question at position {@code item}, at the wave, scored. */
    int answer(int wave, Family f, int item, int p) {
        return scored.length == 0 ? MISSING : scored[wave][p * pop.likertCount + f.items()[item]];
    }

    /** The sum of person {@code p}'s then-test answers to the family's then-test questions at the wave. */
    int sum(int wave, Family f, int p) {
        int s = 0;
        for (int i : items(f)) {
            s += answer(wave, f, i, p);
        }
        return s;
    }

    /** The sum of person {@code p}'s own answers to the family's then-test questions at the wave. */
    int ownSum(int wave, Family f, int p) {
        int s = 0;
        for (int i : items(f)) {
            s += pop.answer(wave, f, i, p);
        }
        return s;
    }

    /** Whether person {@code p} answered every then-test question of the family at the wave. */
    boolean complete(int wave, Family f, int p) {
        int[] items = items(f);
        if (items.length == 0 || !pop.data.waves().get(wave).submitted(p)) {
            return false;
        }
        for (int i : items) {
            if (answer(wave, f, i, p) == MISSING) {
                return false;
            }
        }
        return true;
    }

    /** Whether person {@code p} is in the view's then-test group of the family: a pair who answered its then-test. */
    boolean in(View v, Family f, int p) {
        return pop.in(v, v.before(), p) && pop.in(v, v.after(), p) && pop.complete(v.before(), f)[p]
                && pop.complete(v.after(), f)[p] && complete(v.after(), f, p);
    }

    private int[] cellsOf(int v, Family f) {
        return java.util.Objects.requireNonNull(cells, "the audit's cells").of(v, f.id(), KIND, ReleaseTrend.TEAM, ReleaseTrend.ALL);
    }

    /** The then-test rows of a block, one per view that passes the test. */
    private ReleaseTrend.Marks rows(DisclosureControl.BlockBuilder block, Family f, java.util.function.Predicate<View> using) {
        List<int[]> rows = new ArrayList<>();
        if (items(f).length > 0) {
            for (int v = 0; v < pop.views.size(); v++) {
                if (using.test(pop.views.get(v))) {
                    rows.add(new int[]{v, block.rowType(cellsOf(v, f))});
                }
            }
        }
        return (p, leaf) -> {
            for (int[] row : rows) {
                if (in(pop.views.get(row[0]), f, p)) {
                    leaf.set(row[1]);
                }
            }
        };
    }

    /** The then-test rows of the family's theme block at a wave: the group's before or after scores. */
    ReleaseTrend.Marks atWave(DisclosureControl.BlockBuilder block, Family f, int w) {
        return rows(block, f, v -> v.touches(w));
    }

    /** The then-test rows of the family's change block of a pair: the group's before-to-after change. */
    ReleaseTrend.Marks change(DisclosureControl.BlockBuilder block, Family f, int before, int after) {
        return rows(block, f, v -> v.before() == before && v.after() == after);
    }

    /** The blocks of the then-test's own unknowns: its answers, their change to the after answers, and from the before ones. */
    void blocks(DisclosureControl control) {
        Set<Integer> afterWaves = new LinkedHashSet<>();
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        pop.views.forEach(v -> {
            afterWaves.add(v.after());
            pairs.add(List.of(v.before(), v.after()));
        });
        for (Family f : pop.families) {
            int[] items = items(f);
            if (items.length == 0 || scored.length == 0) {
                continue;
            }
            for (int a : afterWaves) {
                String wave = pop.data.waves().get(a).wave().key();
                block(control, f, f.id() + " then-test at " + wave, v -> v.after() == a, p -> complete(a, f, p), a,
                        p -> classes(items, i -> answer(a, f, i, p), sum(a, f, p)));
                block(control, f, f.id() + " then-test to after at " + wave, v -> v.after() == a,
                        p -> complete(a, f, p) && pop.complete(a, f)[p], a,
                        p -> classes(items, i -> ReleasePopulations.band(pop.answer(a, f, i, p) - answer(a, f, i, p)),
                                ownSum(a, f, p) - sum(a, f, p)));
            }
            for (List<Integer> pair : pairs) {
                int b = pair.get(0);
                int a = pair.get(1);
                block(control, f, f.id() + " before to then-test at " + pop.data.waves().get(a).wave().key() + " from "
                                + pop.data.waves().get(b).wave().key(), v -> v.before() == b && v.after() == a,
                        p -> complete(a, f, p) && pop.complete(b, f)[p], a,
                        p -> classes(items, i -> ReleasePopulations.band(answer(a, f, i, p) - pop.answer(b, f, i, p)),
                                sum(a, f, p) - ownSum(b, f, p)));
            }
        }
    }

    private void block(DisclosureControl control, Family f, String name, java.util.function.Predicate<View> using,
                       IntPredicate has, int wave, java.util.function.IntFunction<int[]> classes) {
        var block = control.block(name, pop.teamCount, items(f).length + 1);
        ReleaseTrend.Marks marks = rows(block, f, using);
        for (int p = 0; p < pop.n; p++) {
            if (has.test(p)) {
                BitSet leaf = new BitSet();
                marks.mark(p, leaf);
                block.person(pop.data.team()[p], leaf, pop.knownBy(wave, p), classes.apply(p));
            }
        }
        block.build();
    }

    private static int[] classes(int[] items, java.util.function.IntUnaryOperator perItem, int total) {
        int[] classes = new int[items.length + 1];
        for (int i = 0; i < items.length; i++) {
            classes[i] = perItem.applyAsInt(items[i]);
        }
        classes[items.length] = total;
        return classes;
    }
}
