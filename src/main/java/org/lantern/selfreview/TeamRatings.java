package org.lantern.selfreview;

import java.time.Instant;
import java.util.Map;

/**
 * One team's latest finalised self-review, as evaluators see it: the team's agreed ratings only,
 * never who contributed what.
 *
 * @param shown   false when the team had fewer staff members than {@code lantern.reports.min-group-size}
 *                when the review was finalised: in so small a team the team's rating is close to one or two
 *                people's own view
 * @param ratings the agreed rating per indicator key; empty when not shown
 */
public record TeamRatings(long teamId, String teamName, Instant finalisedAt, boolean shown, Map<String, Integer> ratings) {
}
