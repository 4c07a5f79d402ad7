package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.PairedComparison;

/**
 * Change on matched participants, or why it is hidden.
 *
 * @param shares how answers moved (questions only; null for themes)
 */
public record ChangeFigures(@Nullable PairedComparison stats, @Nullable ChangeShares shares, @Nullable Hidden hidden) {

    public boolean suppressed() {
        return hidden != null;
    }
}
