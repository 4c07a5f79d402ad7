package org.lantern.reports;

import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition;

import java.util.List;

/**
 * The figures of one release, as stored: the programme and survey as they were, and every scope's
 * figures (index 0 is all teams together, then each team in {@code programme.teams()} order).
 */
record ReleaseContent(Programme programme, SurveyDefinition survey, Programme.Wave before, Programme.Wave after,
                      List<GroupReport> groups, List<LearningLink> learning, List<List<Comments>> comments) {
}
