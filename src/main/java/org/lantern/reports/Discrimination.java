package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.ItemDiscrimination;
import org.lantern.training.QuestionFlag;

import java.util.List;
import java.util.Locale;

/**
 * A knowledge question's discrimination at one wave, for all teams together only: the corrected
 * item-total correlation ({@link ItemDiscrimination}) over the people in the release who answered every
 * knowledge question of that wave.
 *
 * @param n       how many people it is worked out from
 * @param r       the correlation; null when hidden, or when the question or the rest score did not vary
 * @param hidden  why it is hidden: {@link Hidden#TOO_FEW} under {@code minimum} people, the reason of the
 *                question's own share correct when that is hidden, or {@link Hidden#SINCE_EARLIER_RELEASE}
 * @param minimum the fewest people it is shown for
 */
public record Discrimination(int n, @Nullable Double r, @Nullable Hidden hidden, int minimum) {

    /**
     * Fewest people a discrimination is worked out from. One person moves a correlation over n people
     * by roughly 1/n; from 20 that is under 0.05, far less than the 0.2 steps the figure is read in, and
     * twice the threshold most small-number rules use for counts.
     */
    public static final int MINIMUM_PEOPLE = 20;

    /** The figure with two decimals, or why there is none, in a few words. */
    public String text(Report report) {
        if (hidden == Hidden.TOO_FEW) {
            return "fewer than " + minimum;
        }
        if (hidden != null) {
            return report.label(hidden);
        }
        return r == null ? "no spread" : String.format(Locale.ROOT, "%.2f", r);
    }

    /** What to look at, in plain words, from the share correct (0 to 100) and this figure. */
    public List<QuestionFlag> flags(@Nullable Double percentCorrect) {
        return percentCorrect == null || hidden != null ? List.of() : QuestionFlag.of(percentCorrect / 100, r);
    }
}
