package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition;

import java.time.Instant;
import java.util.List;

/**
 * A programme evaluation report for one pair of waves, as one reader may see it.
 *
 * @param team         the team the report is limited to, or null for the whole programme
 * @param overall      the figures of the whole programme, or of {@code team}
 * @param teams        the same figures per team, side by side (only {@code team} when limited to one)
 * @param minGroupSize figures from fewer people than this are hidden
 */
public record Report(Programme programme, SurveyDefinition survey, Programme.Wave before, Programme.Wave after,
                     @Nullable String team, GroupReport overall, List<GroupReport> teams, LearningLink learningLink,
                     List<Comments> comments, int minGroupSize, String tooFewLabel, Instant createdAt) {

    /** The whole programme first (when not limited to one team), then each team. */
    public List<GroupReport> groups() {
        if (team != null) {
            return teams;
        }
        List<GroupReport> groups = new java.util.ArrayList<>();
        groups.add(overall);
        groups.addAll(teams);
        return groups;
    }

    /** The words shown instead of a hidden figure. */
    public String label(Hidden hidden) {
        return hidden == Hidden.TOO_FEW ? tooFewLabel : "hidden";
    }
}
