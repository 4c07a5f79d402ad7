package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.SurveyDefinition;

/** A knowledge question: the share who chose the correct option, before and after. */
public record ChoiceFigures(SurveyDefinition.Item item, Correct before, Correct after) {

    public boolean suppressed() {
        return before.suppressed() || after.suppressed();
    }

    /**
     * How many answered, and what percentage of them correctly, or why that is hidden.
     *
     * @param discrimination for all teams together: the question's discrimination at the wave; null for a team
     *                       (never worked out per team), with a single knowledge question, and in releases made
     *                       before it was added
     */
    public record Correct(@Nullable Integer n, @Nullable Double percent, @Nullable Hidden hidden,
                          @Nullable Discrimination discrimination) {

        public Correct(@Nullable Integer n, @Nullable Double percent, @Nullable Hidden hidden) {
            this(n, percent, hidden, null);
        }

        Correct with(@Nullable Discrimination d) {
            return new Correct(n, percent, hidden, d);
        }

        public boolean suppressed() {
            return hidden != null;
        }
    }
}
