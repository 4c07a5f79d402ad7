package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.SurveyDefinition;

/** A knowledge question: the share who chose the correct option, before and after. */
public record ChoiceFigures(SurveyDefinition.Item item, Correct before, Correct after) {

    public boolean suppressed() {
        return before.suppressed() || after.suppressed();
    }

    /** How many answered, and what percentage of them correctly, or why that is hidden. */
    public record Correct(@Nullable Integer n, @Nullable Double percent, @Nullable Hidden hidden) {

        public boolean suppressed() {
            return hidden != null;
        }
    }
}
