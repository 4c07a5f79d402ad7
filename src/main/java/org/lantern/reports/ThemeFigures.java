package org.lantern.reports;

import org.lantern.surveys.SurveyDefinition;

/**
 * One theme. A person's theme score at a wave is the mean of the theme's agree/disagree questions
 * they answered in that wave, after reverse scoring; knowledge questions are not part of it.
 */
public record ThemeFigures(SurveyDefinition.Theme theme, int questions, WaveFigures before, WaveFigures after,
                           ChangeFigures change) {

    public boolean suppressed() {
        return before.suppressed() || after.suppressed() || change.suppressed();
    }
}
