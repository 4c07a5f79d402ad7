package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.Friedman;
import org.lantern.reports.stats.PairedComparison;

import java.util.List;

/**
 * The trend over every wave of a programme with three or more, for one group (the whole programme or a team).
 * Two populations, labelled apart: the <em>cohort</em>, the people who answered every question of the theme at
 * every wave (complete cases), with means per wave, the Friedman test across the waves and each later wave
 * compared with the first (paired t and Wilcoxon, Holm-adjusted within the row); and <em>everyone</em> who
 * answered at each wave, with means only (different people at different waves, so no test).
 *
 * @param waves the waves' keys, first (the baseline) to last
 */
public record TrendFigures(List<String> waves, List<Row> themes, List<Row> items) {

    /**
     * One theme, or one agree/disagree question.
     *
     * @param key          the theme's or question's key
     * @param label        the theme's title or the question's text
     * @param theme        for a question, its theme's key (null for a theme or a question with no theme)
     * @param cohort       the cohort's scores at each wave (empty when hidden)
     * @param cohortHidden why the cohort's figures (means, Friedman, comparisons) are hidden, or null
     * @param friedman     the Friedman test across the waves, or null when hidden or not computable
     * @param vsBaseline   each later wave compared with the first, on the cohort (empty when hidden)
     * @param everyone     everyone who answered at each wave, each shown or hidden on its own
     */
    public record Row(String key, String label, @Nullable String theme, List<Descriptive> cohort, @Nullable Hidden cohortHidden,
                      Friedman.@Nullable Result friedman, List<Change> vsBaseline, List<WaveFigures> everyone) {

        public boolean cohortShown() {
            return cohortHidden == null;
        }
    }

    /**
     * A later wave compared with the baseline, on the cohort.
     *
     * @param wave          the later wave's key
     * @param holmTP        the t-test's p-value, Holm-adjusted across the row's comparisons with the baseline
     * @param holmWilcoxonP the Wilcoxon p-value, adjusted in the same way
     */
    public record Change(String wave, PairedComparison stats, @Nullable Double holmTP, @Nullable Double holmWilcoxonP) {
    }
}
