package org.lantern.reports;

import org.lantern.surveys.SurveyDefinition;

/** One agree/disagree question: everyone before, everyone after, and change on people who answered both. */
public record ItemFigures(SurveyDefinition.Item item, WaveFigures before, WaveFigures after, ChangeFigures change) {

    /** True when any of the figures is hidden. */
    public boolean suppressed() {
        return before.suppressed() || after.suppressed() || change.suppressed();
    }
}
