package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.IndependentComparison;

import java.util.List;

/**
 * The independent-samples comparison of one group (the whole programme or a team) in a release whose waves hold
 * unlinked responses (paper forms without a participant code): everyone who answered a theme before, unlinked
 * responses included, against everyone who answered it after. Not the same people, so it is weaker evidence than
 * the paired figures, which stay the main result and never include unlinked responses.
 */
public record UnlinkedFigures(List<Row> themes, List<Row> items) {

    /**
     * One theme, or one agree/disagree question (over the people who answered its whole theme, as everywhere).
     *
     * @param key              the theme's or question's key
     * @param label            the theme's title or the question's text
     * @param theme            for a question, its theme's key (null for a theme or a question with no theme)
     * @param comparison       the comparison, or null when hidden
     * @param unlinkedBefore   how many of the before group are unlinked responses; null when hidden (it is a count too:
     *                         shown only where it can be worked out from two shown figures anyway)
     * @param unlinkedAfter    the same for after
     * @param hidden           why the comparison is hidden, or null
     */
    public record Row(String key, String label, @Nullable String theme, @Nullable IndependentComparison comparison,
                      @Nullable Integer unlinkedBefore, @Nullable Integer unlinkedAfter, @Nullable Hidden hidden) {
    }

    /** The row of a theme or question, or null. */
    public @Nullable Row row(String key, boolean theme) {
        return (theme ? themes : items).stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
