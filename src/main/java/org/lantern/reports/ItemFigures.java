package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.SurveyDefinition;

/**
 * One agree/disagree question: everyone before, everyone after, and change on people who answered both.
 *
 * @param notApplicable how many answered "Not applicable" at each wave, or null when the question does not offer it
 */
public record ItemFigures(SurveyDefinition.Item item, WaveFigures before, WaveFigures after, ChangeFigures change,
                          @Nullable NotApplicable notApplicable) {

    /** True when any of the figures is hidden. */
    public boolean suppressed() {
        return before.suppressed() || after.suppressed() || change.suppressed();
    }

    /**
     * The people who answered "Not applicable" at each wave. They are in none of the question's (or its theme's)
     * figures at that wave: the answer has no place on the scale. Counts are checked like every other count.
     */
    public record NotApplicable(Count before, Count after) {
    }
}
