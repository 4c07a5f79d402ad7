package org.lantern.reports;

import org.jspecify.annotations.Nullable;

import org.lantern.surveys.SurveyDefinition;

/**
 * One theme. A person's theme score at a wave is the mean of the theme's agree/disagree questions
 * they answered in that wave, after reverse scoring; knowledge questions are not part of it.
 *
 * @param attrition the before scores of those who stayed and those who dropped out; null in releases made before it
 *                  was computed
 */
public record ThemeFigures(SurveyDefinition.Theme theme, int questions, WaveFigures before, WaveFigures after,
                           ChangeFigures change, @Nullable Attrition attrition) {

    public ThemeFigures(SurveyDefinition.Theme theme, int questions, WaveFigures before, WaveFigures after, ChangeFigures change) {
        this(theme, questions, before, after, change, null);
    }

    public boolean suppressed() {
        return before.suppressed() || after.suppressed() || change.suppressed();
    }
}
