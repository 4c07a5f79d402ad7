package org.lantern.reports.api;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.Reliability;

import static org.lantern.reports.api.ReportJson.finite;
import static org.lantern.reports.api.ReportJson.reason;

/**
 * Reliability in the report's JSON, per wave ({@code before}, {@code after}), inside the object of the theme or
 * question it belongs to. A hidden wave's reliability is hidden too ({@code suppressed}); an alpha that cannot be
 * computed is {@code null} with {@code alphaUndefined} saying why (one-question, too-few-people, no-spread).
 */
final class ScaleJson {

    private ScaleJson() {
    }

    /** A theme's reliability before and after. */
    record ThemeScales(ThemeScale before, ThemeScale after) {
        static ThemeScales of(WaveFigures before, WaveFigures after) {
            return new ThemeScales(ThemeScale.of(before), ThemeScale.of(after));
        }
    }

    /**
     * @param omega          McDonald's omega (one factor); null where it cannot be computed
     * @param lowReliability true when alpha is under 0.7: these questions may not measure one thing
     */
    record ThemeScale(@Nullable Integer n, @Nullable Double cronbachAlpha, @Nullable Double alphaCiLow,
                      @Nullable Double alphaCiHigh, @Nullable Double omega, boolean lowReliability, @Nullable String alphaUndefined, boolean suppressed,
                      @Nullable String hidden) {
        static ThemeScale of(WaveFigures wave) {
            Reliability r = wave.hidden() == null ? wave.reliability() : null;
            return new ThemeScale(r == null ? null : r.n(), r == null ? null : finite(r.cronbachAlpha()),
                    r == null ? null : finite(r.alphaCiLow()), r == null ? null : finite(r.alphaCiHigh()),
                    r == null ? null : finite(r.omega()), r != null && r.low(),
                    r == null || r.undefined() == null ? null : r.undefined().code(), wave.suppressed(), reason(wave.hidden()));
        }
    }

    /** A question's place in its theme's scale before and after. */
    record ItemScales(ItemScale before, ItemScale after) {
        static ItemScales of(WaveFigures before, WaveFigures after) {
            return new ItemScales(ItemScale.of(before), ItemScale.of(after));
        }
    }

    /**
     * @param itemTotal      corrected item-total correlation (with the sum of the theme's other questions)
     * @param alphaIfDeleted the theme's Cronbach's alpha without this question
     */
    record ItemScale(@Nullable Double itemTotal, @Nullable Double alphaIfDeleted, boolean suppressed, @Nullable String hidden) {
        static ItemScale of(WaveFigures wave) {
            Reliability.Item i = wave.hidden() == null ? wave.inTheme() : null;
            return new ItemScale(i == null ? null : finite(i.itemTotal()), i == null ? null : finite(i.alphaIfDeleted()),
                    wave.suppressed(), reason(wave.hidden()));
        }
    }
}
