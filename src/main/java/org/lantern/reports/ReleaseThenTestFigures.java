package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.PairedStatistics;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The then-test figures of the new release, scope by scope (0 = all teams, t + 1 = team t): for each family with
 * then-test questions, its then-test group's three comparisons, or why they are hidden. Changes are computed from
 * exact integer sums, so that equal changes are equal doubles.
 */
@RequiredArgsConstructor
final class ReleaseThenTestFigures {

    private final ReleasePopulations pop;
    private final ThenTest thenTest;
    private final Map<String, Hidden> hidden;

    /** The scope's then-test figures, or null when the survey asks no then-test question. */
    @Nullable ThenTestFigures figures(int s) {
        View view = pop.fresh();
        List<ThenTestFigures.Row> themes = new ArrayList<>();
        Map<String, ThenTestFigures.Row> items = new LinkedHashMap<>();
        for (Family f : pop.families) {
            int[] then = thenTest.items(f);
            if (then.length == 0) {
                continue;
            }
            Hidden why = hidden.get(f.id() + "|" + ThenTest.KIND + "|" + pop.scope(s));
            int[] group = java.util.Arrays.stream(pop.people(s)).filter(p -> thenTest.in(view, f, p)).toArray();
            if (f.theme() != null) {
                themes.add(row(f, -1, then, group, view, why, f.theme().key(), f.theme().title(), null));
            }
            for (int i : then) {
                Item item = pop.data.likertItems().get(f.items()[i]);
                items.put(item.key(), row(f, i, then, group, view, why, item.key(), item.text(), f.theme() == null ? null : item.theme()));
            }
        }
        if (themes.isEmpty() && items.isEmpty()) {
            return null;
        }
        return new ThenTestFigures(List.copyOf(themes), pop.data.likertItems().stream().map(i -> items.get(i.key()))
                .filter(java.util.Objects::nonNull).toList());
    }

    private ThenTestFigures.Row row(Family f, int item, int[] then, int[] group, View view, @Nullable Hidden why, String key,
                                    String label, @Nullable String theme) {
        int questions = item < 0 ? then.length : 1;
        if (why != null) {
            return new ThenTestFigures.Row(key, label, theme, questions, null, null, null, why);
        }
        int b = view.before();
        int a = view.after();
        int n = group.length;
        int[] before = new int[n];
        int[] retro = new int[n];
        int[] after = new int[n];
        for (int c = 0; c < n; c++) {
            int p = group[c];
            before[c] = item < 0 ? thenTest.ownSum(b, f, p) : pop.answer(b, f, item, p);
            retro[c] = item < 0 ? thenTest.sum(a, f, p) : thenTest.answer(a, f, item, p);
            after[c] = item < 0 ? thenTest.ownSum(a, f, p) : pop.answer(a, f, item, p);
        }
        return new ThenTestFigures.Row(key, label, theme, questions, compare(before, after, questions),
                compare(retro, after, questions), compare(before, retro, questions), null);
    }

    /** Sums of {@code questions} answers compared as their means, the differences from the exact sums. */
    static PairedComparison compare(int[] first, int[] second, int questions) {
        int n = first.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] d = new double[n];
        for (int c = 0; c < n; c++) {
            x[c] = (double) first[c] / questions;
            y[c] = (double) second[c] / questions;
            d[c] = (double) (second[c] - first[c]) / questions;
        }
        return PairedStatistics.compare(x, y, d, n);
    }
}
