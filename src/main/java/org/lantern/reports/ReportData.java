package org.lantern.reports;

import java.util.List;
import java.util.Map;

/**
 * Everything a report is computed from, fetched in a handful of queries. Participants are numbered
 * 0..n-1 here; their database ids never leave the repository and service.
 *
 * @param teamNames     the programme's teams, in name order (team index = position)
 * @param team          per participant: team index, or -1 for a team no longer in the programme
 * @param before        per participant × likert item ({@code p * items + i}): the raw answer in the
 *                      before wave, or {@link #MISSING}
 * @param after         the same for the after wave
 * @param counts        per team index: participants, staff in Lantern, responded before, responded after, matched
 * @param choices       knowledge-question answers: key → count
 * @param texts         free-text answers
 * @param linked        per participant: answered in Lantern, so their training is known
 * @param completed     per participant: completed at least one module by the day the after wave closed
 */
record ReportData(List<String> teamNames, int participants, int[] team, int[] before, int[] after,
                  TeamCounts[] counts, Map<ChoiceKey, Integer> choices, List<TextAnswer> texts,
                  boolean[] linked, boolean[] completed) {

    static final int MISSING = Integer.MIN_VALUE;

    record TeamCounts(int participants, int staff, int respondedBefore, int respondedAfter, int matched) {

        /** Invited: the team's staff in Lantern, or, for teams answering on paper, everyone who took part. */
        int invited() {
            return Math.max(staff, participants);
        }
    }

    /** One knowledge-question answer option chosen {@code count} times by a team at a wave. */
    record ChoiceKey(int team, boolean after, String itemKey, String option) {
    }

    record TextAnswer(int team, boolean after, String itemKey, String text) {
    }
}
