package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition;

import java.time.Instant;
import java.util.List;

/**
 * A released programme evaluation report for one pair of waves, as one reader may see it.
 *
 * @param team         the team the report is limited to, or null for the whole programme
 * @param overall      the figures of the whole programme, or of {@code team}
 * @param teams        the same figures per team, side by side (only {@code team} when limited to one)
 * @param minGroupSize figures from fewer people than this are hidden
 * @param release      which release this is, by whom, and what it was computed from
 * @param plan         the programme's locked analysis plan, or null when none was locked
 * @param trend        the trend over all waves of the report's group (three or more waves), or null
 * @param thenTest     the then-test figures of the report's group (a survey with then-test questions), or null
 * @param unlinked     the report's group's independent-samples comparison including unlinked responses, or null
 *                     when the release's waves hold none
 */
public record Report(Programme programme, SurveyDefinition survey, Programme.Wave before, Programme.Wave after,
                     @Nullable String team, GroupReport overall, List<GroupReport> teams, LearningLink learningLink,
                     List<Comments> comments, int minGroupSize, String tooFewLabel, ReleaseInfo release,
                     @Nullable AnalysisPlan plan, @Nullable TrendFigures trend, @Nullable ThenTestFigures thenTest,
                     @Nullable UnlinkedFigures unlinked) {

    public Report(Programme programme, SurveyDefinition survey, Programme.Wave before, Programme.Wave after,
                  @Nullable String team, GroupReport overall, List<GroupReport> teams, LearningLink learningLink,
                  List<Comments> comments, int minGroupSize, String tooFewLabel, ReleaseInfo release,
                  @Nullable AnalysisPlan plan, @Nullable TrendFigures trend, @Nullable ThenTestFigures thenTest) {
        this(programme, survey, before, after, team, overall, teams, learningLink, comments, minGroupSize, tooFewLabel, release,
                plan, trend, thenTest, null);
    }

    /** What the report leads with: the plan's primary outcome for the group shown, or why there is none. */
    public PrimaryOutcome primaryOutcome() {
        return PrimaryOutcome.of(plan, programme, before, after, overall, this::explain);
    }

    /** When the figures were released. */
    public Instant createdAt() {
        return release.releasedAt();
    }

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

    /** The few words shown in place of a hidden figure. */
    public String label(Hidden hidden) {
        return switch (hidden) {
            case TOO_FEW -> tooFewLabel;
            case EVERYONE_ALIKE -> "hidden: same answers";
            case PROTECTS_OTHERS -> "hidden";
            case SINCE_EARLIER_RELEASE -> "hidden: see earlier release";
        };
    }

    /** Why a figure is hidden, in a sentence. */
    public String explain(Hidden hidden) {
        return switch (hidden) {
            case TOO_FEW -> "Fewer than " + minGroupSize + " people.";
            case EVERYONE_ALIKE -> "Everyone in this group gave the same answer, so the figure would show each person's answer.";
            case PROTECTS_OTHERS -> "Hidden so that a smaller group's figures cannot be worked out from the others.";
            case SINCE_EARLIER_RELEASE -> "Fewer than " + minGroupSize + " people's answers changed it since an earlier "
                    + "release, which still shows the earlier figure.";
        };
    }
}
