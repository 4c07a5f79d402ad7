package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.PairedComparison;

/**
 * Change on matched participants, or why it is hidden.
 *
 * @param shares            how answers moved (questions only; null for themes)
 * @param adjustedTP        the t-test p-value adjusted for multiple comparisons within the group: Holm across the themes
 *                          (the primary family), Benjamini–Hochberg across the questions (the secondary family); null when
 *                          hidden or not computable, and in releases made before it was computed
 * @param adjustedWilcoxonP the Wilcoxon p-value adjusted in the same way
 */
public record ChangeFigures(@Nullable PairedComparison stats, @Nullable ChangeShares shares, @Nullable Hidden hidden,
                            @Nullable Double adjustedTP, @Nullable Double adjustedWilcoxonP) {

    public ChangeFigures(@Nullable PairedComparison stats, @Nullable ChangeShares shares, @Nullable Hidden hidden) {
        this(stats, shares, hidden, null, null);
    }

    public boolean suppressed() {
        return hidden != null;
    }

    ChangeFigures adjusted(@Nullable Double tP, @Nullable Double wilcoxonP) {
        return new ChangeFigures(stats, shares, hidden, tP, wilcoxonP);
    }
}
