package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.disclosure.DisclosureControl;
import org.lantern.reports.disclosure.DisclosureControl.Why;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.SurveyDefinition.Item;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import static org.lantern.reports.ReleaseAudit.LEARNING_TEAM;
import static org.lantern.reports.ReleaseAudit.LEARNING_ALL;
import static org.lantern.reports.ReleaseAudit.WAVE_TEAM;
import static org.lantern.reports.ReleaseAudit.WAVE_ALL;
import static org.lantern.reports.ReleaseAudit.PAIRS_TEAM;
import static org.lantern.reports.ReleaseAudit.PAIRS_ALL;
import static org.lantern.reports.ReleaseAudit.PAIRS;
import static org.lantern.reports.ReleaseAudit.DONE;
import static org.lantern.reports.ReleaseAudit.NOT_DONE;
import static org.lantern.reports.ReleaseAudit.MATCHED;

/**
 * The audit blocks of a release check ({@link ReleaseAudit}): for each kind of unknowns (one theme's
 * answers at one wave, the change on one theme between two waves, one knowledge question at one wave,
 * who responded, who wrote an answer), the people who share them and the figures shown over them.
 */
final class ReleaseBlocks {

    /** The cells of one kind of figure in one release, for all teams and each team ({@link ReleaseAudit}'s numbering). */
    interface Cells {
        int[] of(int view, String family, String kind, int teamPriority, int allPriority);
    }

    private final ReleasePopulations pop;
    private final EvaluationData data;
    private final int n;
    private final int teamCount;
    private final List<View> views;
    private final Family everything;
    private final DisclosureControl control;
    private final Cells cellsOf;
    private final ReleaseTrend trend;
    private final ThenTest thenTest;
    private final ReleaseUnlinked unlinked;

    ReleaseBlocks(ReleasePopulations pop, DisclosureControl control, Cells cellsOf) {
        this.pop = pop;
        this.data = pop.data;
        this.n = pop.n;
        this.teamCount = pop.teamCount;
        this.views = pop.views;
        this.everything = pop.everything;
        this.control = control;
        this.cellsOf = cellsOf;
        this.trend = new ReleaseTrend(pop, cellsOf);
        this.thenTest = new ThenTest(pop, cellsOf);
        this.unlinked = new ReleaseUnlinked(pop);
    }

    private int[] cells(int view, String family, String kind, int teamPriority, int allPriority) {
        return cellsOf.of(view, family, kind, teamPriority, allPriority);
    }

    /** The indexes of the releases' views that pass the test, in order. */
    private List<Integer> viewsWhere(java.util.function.Predicate<View> test) {
        List<Integer> using = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            if (test.test(views.get(v))) {
                using.add(v);
            }
        }
        return using;
    }

    /** For each view in {@code using}, the row of the block counting everyone who answered {@code id} at wave {@code w}. */
    private int[] waveRows(DisclosureControl.BlockBuilder block, List<Integer> using, String id, int w) {
        int[] rows = new int[using.size()];
        for (int u = 0; u < rows.length; u++) {
            int v = using.get(u);
            rows[u] = block.rowType(cells(v, id, views.get(v).role(w), WAVE_TEAM, WAVE_ALL));
        }
        return rows;
    }

    /** The wave rows person {@code p} counts in: those of the views whose population at wave {@code w} includes them. */
    private BitSet waveLeaf(int[] rows, List<Integer> using, int w, int p) {
        BitSet leaf = new BitSet();
        for (int u = 0; u < rows.length; u++) {
            if (pop.in(views.get(using.get(u)), w, p)) {
                leaf.set(rows[u]);
            }
        }
        return leaf;
    }

    /** One theme's answers at one wave: everyone, pairs and learning-link groups of every release that uses the wave. */
    void themeBlock(Family f, int w) {
        List<Integer> using = viewsWhere(view -> view.touches(w));
        if (using.isEmpty() && !trend.uses(w)) {
            return;
        }
        var block = control.block(f.id() + " at " + data.waves().get(w).wave().key(), teamCount, f.items().length + 1);
        ReleaseTrend.Marks trendRows = trend.atWave(block, f, w);
        ReleaseTrend.Marks thenRows = thenTest.atWave(block, f, w);
        ReleaseUnlinked.Rows unlinkedRows = unlinked.atWave(block, cellsOf, f, w);
        int size = using.size();
        int[] everyone = new int[size];
        int[] pairs = new int[size];
        int[] done = new int[size];
        int[] not = new int[size];
        int[] allDone = new int[size];
        int[] allNot = new int[size];
        for (int u = 0; u < size; u++) {
            int v = using.get(u);
            View view = views.get(v);
            everyone[u] = block.rowType(cells(v, f.id(), view.role(w), WAVE_TEAM, WAVE_ALL));
            pairs[u] = block.rowType(cells(v, f.id(), PAIRS, PAIRS_TEAM, PAIRS_ALL));
            done[u] = f.learning() ? block.rowType(cells(v, f.id(), DONE, LEARNING_TEAM, LEARNING_ALL)) : -1;
            not[u] = f.learning() ? block.rowType(cells(v, f.id(), NOT_DONE, LEARNING_TEAM, LEARNING_ALL)) : -1;
            // "All questions" includes this family's questions, whatever its kind
            allDone[u] = block.rowType(cells(v, everything.id(), DONE, LEARNING_TEAM, LEARNING_ALL));
            allNot[u] = block.rowType(cells(v, everything.id(), NOT_DONE, LEARNING_TEAM, LEARNING_ALL));
        }
        boolean[] here = pop.complete(w, f);
        boolean[] allHere = pop.complete(w, everything);
        for (int p = 0; p < n; p++) {
            if (!here[p]) {
                continue;
            }
            BitSet leaf = new BitSet();
            for (int u = 0; u < size; u++) {
                View view = views.get(using.get(u));
                if (!pop.in(view, w, p)) {
                    continue;
                }
                leaf.set(everyone[u]);
                int o = view.other(w);
                if (pop.in(view, o, p) && pop.complete(o, f)[p]) {
                    leaf.set(pairs[u]);
                    int g = view.groups()[p];
                    if (f.learning() && g > 0) {
                        leaf.set(g == 2 ? done[u] : not[u]);
                    }
                    if (g > 0 && allHere[p] && pop.complete(o, everything)[p]) {
                        leaf.set(g == 2 ? allDone[u] : allNot[u]);
                    }
                }
            }
            trendRows.mark(p, leaf);
            thenRows.mark(p, leaf);
            unlinkedRows.mark(p, leaf);
            int[] classes = new int[f.items().length + 1];
            for (int i = 0; i < f.items().length; i++) {
                classes[i] = pop.answer(w, f, i, p);
            }
            classes[f.items().length] = pop.sum(w, f, p);
            block.person(data.team()[p], leaf, pop.knownBy(w, p), classes);
        }
        unlinkedRows.addUnlinked();
        block.build();
    }

    /** Change on one theme (or on every question) between the waves of a pair, for the releases of that pair. */
    void changeBlock(Family f, int before, int after) {
        List<Integer> using = viewsWhere(view -> view.before() == before && view.after() == after);
        boolean learningOnly = f == everything;
        var block = control.block(f.id() + " change " + data.waves().get(before).wave().key() + " to "
                + data.waves().get(after).wave().key(), teamCount, learningOnly ? 1 : f.items().length + 1);
        int size = using.size();
        int[] pairs = new int[size];
        int[] done = new int[size];
        int[] not = new int[size];
        for (int u = 0; u < size; u++) {
            int v = using.get(u);
            pairs[u] = learningOnly ? -1 : block.rowType(cells(v, f.id(), PAIRS, PAIRS_TEAM, PAIRS_ALL));
            done[u] = f.learning() ? block.rowType(cells(v, f.id(), DONE, LEARNING_TEAM, LEARNING_ALL)) : -1;
            not[u] = f.learning() ? block.rowType(cells(v, f.id(), NOT_DONE, LEARNING_TEAM, LEARNING_ALL)) : -1;
        }
        ReleaseTrend.Marks trendRows = learningOnly ? (p, leaf) -> { } : trend.change(block, f, before, after);
        ReleaseTrend.Marks thenRows = learningOnly ? (p, leaf) -> { } : thenTest.change(block, f, before, after);
        boolean[] first = pop.complete(before, f);
        boolean[] second = pop.complete(after, f);
        for (int p = 0; p < n; p++) {
            if (!first[p] || !second[p]) {
                continue;
            }
            BitSet leaf = new BitSet();
            trendRows.mark(p, leaf);
            thenRows.mark(p, leaf);
            for (int u = 0; u < size; u++) {
                View view = views.get(using.get(u));
                if (!pop.in(view, before, p) || !pop.in(view, after, p)) {
                    continue;
                }
                if (pairs[u] >= 0) {
                    leaf.set(pairs[u]);
                }
                int g = view.groups()[p];
                if (f.learning() && g > 0) {
                    leaf.set(g == 2 ? done[u] : not[u]);
                }
            }
            int[] classes;
            if (learningOnly) {
                classes = new int[]{pop.sum(after, f, p) - pop.sum(before, f, p)};
            } else {
                classes = new int[f.items().length + 1];
                for (int i = 0; i < f.items().length; i++) {
                    classes[i] = ReleasePopulations.band(pop.answer(after, f, i, p) - pop.answer(before, f, i, p));
                }
                classes[f.items().length] = pop.sum(after, f, p) - pop.sum(before, f, p);
            }
            int knownBefore = pop.knownBy(before, p);
            block.person(data.team()[p], leaf, knownBefore == pop.knownBy(after, p) ? knownBefore : -1, classes);
        }
        block.build();
    }

    void choiceBlock(int c, int w) {
        String id = "choice:" + data.choiceItems().get(c).key();
        Item item = data.choiceItems().get(c);
        int correct = item.options().indexOf(item.answer());
        List<Integer> using = viewsWhere(view -> view.touches(w));
        var block = control.block(id + " at " + data.waves().get(w).wave().key(), teamCount, 1);
        int[] rows = waveRows(block, using, id, w);
        int[] chosen = data.waves().get(w).choice();
        int items = data.choiceItems().size();
        for (int p = 0; p < n; p++) {
            int option = chosen[p * items + c];
            if (option < 0) {
                continue;
            }
            BitSet leaf = waveLeaf(rows, using, w, p);
            block.person(data.team()[p], leaf, pop.knownBy(w, p), new int[]{option == correct ? 1 : 0});
        }
        block.build();
    }

    /**
     * Who responded to a wave (or, for {@code matched}, to both waves of the pair): counts of people,
     * no answers. Each count is checked on its own (teams against the total, releases against each
     * other), so that a hidden small team's participation cannot be worked out; answers are
     * protected by the theme blocks, where the people who answered only one survey are a population too.
     */
    void countsBlock(int w, boolean matched) {
        List<Integer> using = viewsWhere(view -> matched ? view.before() == w : view.touches(w));
        if (using.isEmpty()) {
            return;
        }
        var block = control.block((matched ? "answered both from " : "responses at ") + data.waves().get(w).wave().key(), teamCount, 0);
        int[] rows = new int[using.size()];
        for (int u = 0; u < rows.length; u++) {
            int v = using.get(u);
            rows[u] = block.rowType(cells(v, "responses", matched ? MATCHED : views.get(v).role(w), matched ? PAIRS_TEAM : WAVE_TEAM,
                    matched ? PAIRS_ALL : WAVE_ALL));
        }
        for (int p = 0; p < n; p++) {
            if (!data.waves().get(w).submitted(p)) {
                continue;
            }
            BitSet leaf = new BitSet();
            for (int u = 0; u < rows.length; u++) {
                View view = views.get(using.get(u));
                if (pop.in(view, w, p) && (!matched || pop.in(view, view.after(), p))) {
                    leaf.set(rows[u]);
                }
            }
            block.person(data.team()[p], leaf, pop.knownBy(w, p), new int[0]);
        }
        block.build();
    }

    /** Who wrote an answer to a free-text question at a wave. */
    void textBlock(int x, int w) {
        peopleBlock("text:" + data.textItems().get(x).key(), w, data.waves().get(w).written().stream()
                .filter(written -> written.item() == x).mapToInt(EvaluationData.Written::participant));
    }

    /** Who answered "Not applicable" to an agree/disagree question at a wave: a count, checked like the others. */
    void notApplicableBlock(int item, int w) {
        peopleBlock("na:" + data.likertItems().get(item).key(), w,
                java.util.stream.IntStream.range(0, n).filter(p -> pop.notApplicable(w, p, item)));
    }

    /** A count of the given people at a wave, in every release that uses the wave. */
    private void peopleBlock(String id, int w, java.util.stream.IntStream people) {
        List<Integer> using = viewsWhere(view -> view.touches(w));
        var block = control.block(id + " at " + data.waves().get(w).wave().key(), teamCount, 0);
        int[] rows = waveRows(block, using, id, w);
        people.forEach(p -> block.person(data.team()[p], waveLeaf(rows, using, w, p), pop.knownBy(w, p), new int[0]));
        block.build();
    }
}
