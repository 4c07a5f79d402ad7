package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition;

import java.util.List;

/**
 * The figures of one release, as stored: the programme and survey as they were, and every scope's
 * figures (index 0 is all teams together, then each team in {@code programme.teams()} order).
 *
 * @param trend per scope, the trend over all waves ({@link TrendFigures}), or null when the release shows none; the
 *              list is null in releases made before it was computed
 * @param thenTest per scope, the then-test figures ({@link ThenTestFigures}), or null when the survey has no then-test
 *                 questions; the list is null in releases made before it was computed
 * @param unlinked per scope, the independent-samples comparison including unlinked responses ({@link UnlinkedFigures}),
 *              or null when the release's waves hold none; the list is null in releases made before it was computed
 */
record ReleaseContent(Programme programme, SurveyDefinition survey, Programme.Wave before, Programme.Wave after,
                      List<GroupReport> groups, List<LearningLink> learning, List<List<Comments>> comments,
                      @Nullable List<@Nullable TrendFigures> trend, @Nullable List<@Nullable ThenTestFigures> thenTest,
                      @Nullable List<@Nullable UnlinkedFigures> unlinked) {

    /** The scope's then-test figures, or null. */
    @Nullable ThenTestFigures thenTest(int scope) {
        return thenTest == null || scope >= thenTest.size() ? null : thenTest.get(scope);
    }

    /** The scope's independent-samples comparison including unlinked responses, or null. */
    @Nullable UnlinkedFigures unlinked(int scope) {
        return unlinked == null || scope >= unlinked.size() ? null : unlinked.get(scope);
    }

    /** The scope's trend, or null. */
    @Nullable TrendFigures trend(int scope) {
        return trend == null || scope >= trend.size() ? null : trend.get(scope);
    }
}
