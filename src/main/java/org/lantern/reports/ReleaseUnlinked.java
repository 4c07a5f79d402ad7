package org.lantern.reports;

import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.disclosure.DisclosureControl;
import org.lantern.surveys.EvaluationData;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.lantern.surveys.EvaluationData.MISSING;

/**
 * Unlinked responses (imported without a participant code) in a release, and in its disclosure audit. They are
 * in no population of the pair's figures; they appear only in two new ones, per theme and wave: <em>everyone
 * before</em> and <em>everyone after</em> including them ({@link #kind}), compared as independent samples
 * ({@link ReleaseUnlinkedFigures}). Both are rows of the theme's audit block at that wave, beside "everyone" (the
 * same people without the unlinked ones), "the pairs", the learning-link groups and the trend, and each unlinked
 * response is a person of that block. So "everyone including unlinked" minus "everyone" (the unlinked group),
 * minus "the pairs" (the unlinked group and the one-wave people), across teams and across releases, meets the same
 * checks as any other two figures: one unlinked response cannot be subtracted out. These cells give way first
 * ({@link #TEAM}, {@link #ALL}): they are weaker evidence, the supplement of the supplement.
 */
final class ReleaseUnlinked {

    /** Priorities: below every figure of the pair and the trend, teams before the whole programme. */
    static final int TEAM = -4;
    static final int ALL = -3;

    private final ReleasePopulations pop;
    private final EvaluationData.Unlinked unlinked;
    /** Per response × likert item: the answer after reverse scoring, or MISSING. */
    private final int[] scored;

    ReleaseUnlinked(ReleasePopulations pop) {
        this.pop = pop;
        this.unlinked = pop.data.unlinked();
        var scale = pop.data.survey().scale();
        int flip = scale == null ? 0 : scale.min() + scale.max();
        int[] raw = unlinked.likert();
        this.scored = new int[raw.length];
        for (int j = 0; j < raw.length; j++) {
            scored[j] = raw[j] == MISSING || !pop.data.likertItems().get(j % pop.likertCount).reverse() ? raw[j] : flip - raw[j];
        }
    }

    /** The cell kind of everyone, unlinked responses included, at one wave of a release ("before" or "after"). */
    static String kind(String role) {
        return "unlinked-all-" + role;
    }

    int size() {
        return unlinked.size();
    }

    /** Whether the release has unlinked responses at either of its waves: only then does it show the comparison. */
    boolean shows(View v) {
        for (int r = 0; r < unlinked.size(); r++) {
            if (v.touches(unlinked.wave()[r])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the release includes unlinked response {@code r} at wave {@code w}. */
    boolean in(View v, int w, int r) {
        if (unlinked.wave()[r] != w || !v.touches(w)) {
            return false;
        }
        long first = unlinked.release()[r];
        return v.fresh() || (first != 0 && first <= v.id());
    }

    /** Whether response {@code r} answered every question of the family. */
    boolean complete(int r, Family f) {
        for (int i : f.items()) {
            if (scored[r * pop.likertCount + i] == MISSING) {
                return false;
            }
        }
        return true;
    }

    /** One of the family's questions, scored. */
    int answer(int r, Family f, int item) {
        return scored[r * pop.likertCount + f.items()[item]];
    }

    /** The sum of the response's scored answers to the family's questions. */
    int sum(int r, Family f) {
        int s = 0;
        for (int i : f.items()) {
            s += scored[r * pop.likertCount + i];
        }
        return s;
    }

    int team(int r) {
        return unlinked.team()[r];
    }

    /** The rows of the family's theme block at wave {@code w}: everyone including unlinked, of each release that shows it. */
    Rows atWave(DisclosureControl.BlockBuilder block, ReleaseBlocks.Cells cells, Family f, int w) {
        List<int[]> rows = new ArrayList<>();
        for (int v = 0; v < pop.views.size(); v++) {
            View view = pop.views.get(v);
            if (view.touches(w) && shows(view)) {
                rows.add(new int[]{v, block.rowType(cells.of(v, f.id(), kind(view.role(w)), TEAM, ALL))});
            }
        }
        return new Rows(block, f, w, rows);
    }

    /** Marks linked people in the rows, and adds the unlinked responses to the block as people of their own. */
    final class Rows implements ReleaseTrend.Marks {

        private final DisclosureControl.BlockBuilder block;
        private final Family f;
        private final int w;
        private final List<int[]> rows;

        private Rows(DisclosureControl.BlockBuilder block, Family f, int w, List<int[]> rows) {
            this.block = block;
            this.f = f;
            this.w = w;
            this.rows = rows;
        }

        /** Person {@code p} (who answered the whole family at the wave) counts in a row when its release includes them. */
        @Override
        public void mark(int p, BitSet leaf) {
            for (int[] row : rows) {
                if (pop.in(pop.views.get(row[0]), w, p)) {
                    leaf.set(row[1]);
                }
            }
        }

        /** Each unlinked response that answered the whole family at the wave, with the same classes as a linked person. */
        void addUnlinked() {
            if (rows.isEmpty()) {
                return;
            }
            for (int r = 0; r < unlinked.size(); r++) {
                if (unlinked.wave()[r] != w || !complete(r, f)) {
                    continue;
                }
                BitSet leaf = new BitSet();
                for (int[] row : rows) {
                    if (in(pop.views.get(row[0]), w, r)) {
                        leaf.set(row[1]);
                    }
                }
                int[] classes = new int[f.items().length + 1];
                for (int i = 0; i < f.items().length; i++) {
                    classes[i] = answer(r, f, i);
                }
                classes[f.items().length] = sum(r, f);
                block.person(unlinked.team()[r], leaf, pop.importer(unlinked.imported()[r]), classes);
            }
        }
    }
}
