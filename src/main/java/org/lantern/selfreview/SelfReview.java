package org.lantern.selfreview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A team's self-review.
 *
 * @param ratings per indicator key
 */
public record SelfReview(long id, long teamId, String teamName, String title, boolean finalised, Instant startedAt,
                         Instant finalisedAt, Map<String, Rating> ratings) {

    /** The team's agreed view on one indicator. */
    public record Rating(Integer rating, String strengths, String toDevelop) {
    }

    /** One piece of evidence a team member recorded. */
    public record Evidence(long id, String indicatorKey, String sourceKey, String note, String by, Instant at) {
    }

    /** A review with its evidence, for the team. */
    public record Detail(SelfReview review, List<Evidence> evidence, boolean canFinalise) {
    }
}
