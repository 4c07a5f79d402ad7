package org.lantern.reports.stats;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * How consistently a theme's questions measure one thing, in one group at one wave (see
 * {@link ScaleReliability}).
 *
 * @param n             people who answered every question of the theme
 * @param questions     the theme's questions
 * @param cronbachAlpha Cronbach's alpha; null when {@code undefined} says why
 * @param alphaCiLow    lower end of its 95% confidence interval (Feldt); null with alpha
 * @param alphaCiHigh   upper end of that interval
 * @param omega         McDonald's omega from a one-factor model ({@link OneFactorOmega}); null where it cannot be
 *                      computed (fewer than three questions, a question everyone answered alike, no proper one-factor solution)
 * @param items         per question, in the theme's order
 * @param undefined     why alpha cannot be computed, or null
 */
public record Reliability(int n, int questions, @Nullable Double cronbachAlpha, @Nullable Double alphaCiLow,
                          @Nullable Double alphaCiHigh, @Nullable Double omega, List<Item> items, @Nullable Undefined undefined) {

    /** Below this, the questions may not measure one thing (Nunnally's customary threshold). */
    public static final double ACCEPTABLE = 0.7;

    /** True when alpha is known and under {@link #ACCEPTABLE}. */
    public boolean low() {
        return cronbachAlpha != null && cronbachAlpha < ACCEPTABLE;
    }

    /**
     * One question within its theme.
     *
     * @param itemTotal      corrected item-total correlation: Pearson's r of the question with the sum of the theme's
     *                       other questions; null when either does not vary or the theme has one question
     * @param alphaIfDeleted the theme's alpha without this question; null with fewer than 3 questions or no spread left
     */
    public record Item(@Nullable Double itemTotal, @Nullable Double alphaIfDeleted) {
    }

    /** Why alpha cannot be computed. */
    @RequiredArgsConstructor
    @Getter
    public enum Undefined {
        /** A scale of one question has no internal consistency. */
        ONE_QUESTION("one-question", "the theme has one question"),
        /** Alpha needs at least two people. */
        TOO_FEW_PEOPLE("too-few-people", "fewer than two people"),
        /** Everyone's total over the theme's questions is the same, so alpha divides by zero. */
        NO_SPREAD("no-spread", "everyone's total score is the same");

        /** The reason's code in data files and JSON. */
        private final String code;
        /** The reason in plain words. */
        private final String words;
    }
}
