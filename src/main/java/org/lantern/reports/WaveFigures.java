package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.Reliability;

/**
 * Everyone's scores at one wave (matched or not): n, mean, SD and confidence interval, or why they are hidden.
 * The reliability figures are about the same people, so they are shown and hidden with the scores.
 *
 * @param reliability for a theme: how consistently its questions measure one thing; null for a question, when hidden,
 *                    and in releases made before it was computed
 * @param inTheme     for a question of a theme: its item-total correlation and the theme's alpha without it; null
 *                    otherwise
 */
public record WaveFigures(@Nullable Descriptive stats, @Nullable Hidden hidden, @Nullable Reliability reliability,
                          Reliability.@Nullable Item inTheme) {

    public WaveFigures(@Nullable Descriptive stats, @Nullable Hidden hidden) {
        this(stats, hidden, null, null);
    }

    public boolean suppressed() {
        return hidden != null;
    }

    /** These figures of a question with its place in the theme's reliability (question {@code index} of the theme). */
    WaveFigures inTheme(@Nullable Reliability theme, int index) {
        return theme == null || hidden != null ? this : new WaveFigures(stats, hidden, null, theme.items().get(index));
    }
}
