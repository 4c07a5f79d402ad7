package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Multiplicity;
import org.lantern.reports.stats.PairedComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Adjusts one group's p-values for multiple comparisons: Holm across its themes (the primary family),
 * Benjamini–Hochberg across its agree/disagree questions (the secondary family), each test (t and
 * Wilcoxon) on its own. Only tests the group shows are in a family: a hidden change is not, so an
 * adjusted p-value tells nothing about a hidden one.
 */
final class ReleaseAdjustment {

    private ReleaseAdjustment() {
    }

    static List<ThemeFigures> themes(List<ThemeFigures> themes) {
        return adjust(themes, ThemeFigures::change, Multiplicity::holm,
                (t, c) -> new ThemeFigures(t.theme(), t.questions(), t.before(), t.after(), c, t.attrition()));
    }

    static List<ItemFigures> items(List<ItemFigures> items) {
        return adjust(items, ItemFigures::change, Multiplicity::benjaminiHochberg,
                (i, c) -> new ItemFigures(i.item(), i.before(), i.after(), c, i.notApplicable()));
    }

    private static <T> List<T> adjust(List<T> rows, Function<T, ChangeFigures> change, UnaryOperator<@Nullable Double[]> method,
                                      java.util.function.BiFunction<T, ChangeFigures, T> with) {
        @Nullable Double[] t = new Double[rows.size()];
        @Nullable Double[] w = new Double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ChangeFigures c = change.apply(rows.get(i));
            PairedComparison stats = c.hidden() == null ? c.stats() : null;
            t[i] = stats == null ? null : stats.tP();
            w[i] = stats == null ? null : stats.wilcoxonP();
        }
        @Nullable Double[] adjustedT = method.apply(t);
        @Nullable Double[] adjustedW = method.apply(w);
        List<T> adjusted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            adjusted.add(with.apply(row, change.apply(row).adjusted(adjustedT[i], adjustedW[i])));
        }
        return List.copyOf(adjusted);
    }
}
