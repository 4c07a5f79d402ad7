package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.SurveyDefinition;

import java.util.List;

/**
 * What people wrote to one free-text question in one wave, in random order and with no identifier.
 * Shown only when at least the minimum number of people wrote something; a quote carries its team's
 * name only when that team's own comments could be shown too.
 *
 * @param written how many people wrote an answer (null when hidden)
 * @param removed how many of their answers the evaluator removed before the release
 */
public record Comments(SurveyDefinition.Item item, String waveKey, @Nullable Integer written, List<Quote> quotes,
                       @Nullable Hidden hidden, int removed) {

    public boolean suppressed() {
        return hidden != null;
    }

    /** One answer; {@code team} is null when the team is not named. */
    public record Quote(String text, @Nullable String team) {
    }
}
