package org.lantern.reports.api;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.TrendFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;

import java.util.List;

import static org.lantern.reports.api.ReportJson.finite;
import static org.lantern.reports.api.ReportJson.reason;

/**
 * The trend over all waves in the report's JSON: per theme and question, the cohort (people who answered at every
 * wave) with {@code waves[]}, the Friedman test, Kendall's W and {@code vsBaseline[]}, and, labelled apart,
 * {@code everyone[]} who answered at each wave (no test). Null in the report when the programme has fewer than three
 * waves (or the release was made before trends were computed).
 */
record TrendJson(List<String> waves, String cohortRule, String everyoneRule, List<RowJson> themes, List<RowJson> items) {

    static @Nullable TrendJson of(@Nullable TrendFigures trend) {
        return trend == null ? null : new TrendJson(trend.waves(),
                "People who answered every question of the theme at every wave (complete cases).",
                "Everyone who answered every question of the theme at that wave: different people at different waves, so no test.",
                trend.themes().stream().map(r -> RowJson.of(r, trend.waves())).toList(),
                trend.items().stream().map(r -> RowJson.of(r, trend.waves())).toList());
    }

    /**
     * One theme or question. {@code holmTP} and {@code holmWilcoxonP} in {@code vsBaseline} are adjusted by Holm across
     * the row's comparisons with the baseline.
     */
    record RowJson(String key, String label, @Nullable String theme, List<WaveJson> waves, @Nullable Double friedmanChiSquare,
                   @Nullable Integer friedmanDf, @Nullable Double friedmanP, @Nullable Double kendallW,
                   List<ChangeJson> vsBaseline, boolean suppressed, @Nullable String hidden, List<WaveJson> everyone) {
        static RowJson of(TrendFigures.Row r, List<String> keys) {
            var f = r.friedman();
            List<WaveJson> cohort = new java.util.ArrayList<>();
            for (int w = 0; w < r.cohort().size(); w++) {
                cohort.add(WaveJson.of(keys.get(w), r.cohort().get(w), null));
            }
            return new RowJson(r.key(), r.label(), r.theme(), cohort, f == null ? null : finite(f.chiSquare()), f == null ? null : f.df(),
                    f == null ? null : finite(f.p()), f == null ? null : finite(f.kendallW()),
                    r.vsBaseline().stream().map(ChangeJson::of).toList(), !r.cohortShown(), reason(r.cohortHidden()),
                    everyone(r.everyone(), keys));
        }

        private static List<WaveJson> everyone(List<WaveFigures> everyone, List<String> keys) {
            List<WaveJson> list = new java.util.ArrayList<>();
            for (int w = 0; w < everyone.size(); w++) {
                WaveFigures figures = everyone.get(w);
                list.add(WaveJson.of(keys.get(w), figures.hidden() == null ? figures.stats() : null, figures.hidden()));
            }
            return list;
        }
    }

    record WaveJson(@Nullable String wave, @Nullable Integer n, @Nullable Double mean, @Nullable Double ciLow, @Nullable Double ciHigh,
                    @Nullable String hidden) {
        static WaveJson of(@Nullable String wave, @Nullable Descriptive d, org.lantern.reports.@Nullable Hidden hidden) {
            return new WaveJson(wave, d == null ? null : d.n(), d == null ? null : finite(d.mean()), d == null ? null : finite(d.ciLow()),
                    d == null ? null : finite(d.ciHigh()), reason(hidden));
        }
    }

    record ChangeJson(String wave, @Nullable Integer pairs, @Nullable Double meanChange, @Nullable Double ciLow,
                      @Nullable Double ciHigh, @Nullable Double tP, @Nullable Double wilcoxonP, @Nullable Double holmTP,
                      @Nullable Double holmWilcoxonP, @Nullable Double dz) {
        static ChangeJson of(TrendFigures.Change c) {
            PairedComparison s = c.stats();
            return new ChangeJson(c.wave(), s.pairs(), finite(s.meanChange()), finite(s.ciLow()), finite(s.ciHigh()), finite(s.tP()),
                    finite(s.wilcoxonP()), finite(c.holmTP()), finite(c.holmWilcoxonP()), finite(s.dz()));
        }
    }
}
