package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.PairedComparison;

import java.util.List;

/**
 * The then-test (retrospective pre-test, Howard 1980) figures of one group: for each theme and question that has a
 * then-test version, on the people who answered before, after and the then-test ({@link ThenTest} says who and how
 * they are audited), three paired comparisons of the same people. Comparing the then-test with after shows the change
 * as people judge it with what they know after the training; comparing it with before shows the response shift (how
 * differently they judge their past selves once they understand what the questions ask).
 *
 * @param themes the themes with then-test questions
 * @param items  the questions with a then-test version, in survey order
 */
public record ThenTestFigures(List<Row> themes, List<Row> items) {

    /**
     * One theme or question.
     *
     * @param key           the theme's or question's key
     * @param label         the theme's title or the question's text
     * @param theme         for a question, its theme's key (null for a theme or a question with no theme)
     * @param questions     how many of the theme's questions have a then-test version (1 for a question): a theme's
     *                      scores here are the mean over those questions
     * @param beforeVsAfter before → after of the same people (differences after − before)
     * @param thenVsAfter   then-test → after (after − then-test): the change as judged looking back
     * @param responseShift before → then-test (then-test − before): the response shift
     * @param hidden        why the row's figures are hidden (all three together), or null
     */
    public record Row(String key, String label, @Nullable String theme, int questions, @Nullable PairedComparison beforeVsAfter,
                      @Nullable PairedComparison thenVsAfter, @Nullable PairedComparison responseShift, @Nullable Hidden hidden) {

        public boolean suppressed() {
            return hidden != null;
        }

        /** How many people the row is about, or null when hidden. */
        public @Nullable Integer people() {
            return thenVsAfter == null ? null : thenVsAfter.pairs();
        }
    }

    /** A theme's row by its key, or null. */
    public @Nullable Row theme(String key) {
        return themes.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    /** A question's row by its key, or null. */
    public @Nullable Row item(String key) {
        return items.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
