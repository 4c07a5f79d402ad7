package org.lantern.reflection;

import org.jspecify.annotations.Nullable;
import org.lantern.actions.ActionPoint;

import java.time.Instant;
import java.util.List;

/**
 * What one person may see of a session.
 *
 * @param notes      the confidential notes, or null when the person did not attend and does not manage the team
 * @param feedback   the feedback window, and what this person may do and see of it
 * @param actions    the actions the team agreed in this session
 * @param canManage  the person manages the team: may record attendance, notes and actions
 */
public record SessionDetail(ReflectiveSession session, @Nullable String notes, List<Attendee> team, List<ActionPoint> actions,
                            Feedback feedback, boolean canManage, boolean attended) {

    /** The person is asked for feedback, has not given it, and feedback is open now. */
    public boolean canGiveFeedback() {
        return feedback.canGive();
    }

    public record Attendee(long accountId, String name, boolean present) {
    }

    /** Feedback opens when the session starts and closes a set number of days after it ends. */
    public enum FeedbackPhase { NOT_YET_OPEN, OPEN, CLOSED }

    /**
     * Anonymous feedback on the session, as one person may see it. Nobody sees any figure while
     * feedback is open, not even how many people have answered.
     *
     * @param closesAt     when feedback closes (it opens when the session starts)
     * @param minGroupSize fewest answers for anything to be shown
     * @param asked        the person attended and does not manage the team, so they are asked for feedback
     * @param canGive      asked, not yet answered, and feedback is open now
     * @param given        the person has given feedback
     * @param summary      only for the team's managers, and only once feedback has closed: the frozen totals
     */
    public record Feedback(FeedbackPhase phase, Instant closesAt, int minGroupSize, boolean asked, boolean canGive,
                           boolean given, @Nullable FeedbackSummary summary) {
    }

    /**
     * Feedback totals, frozen once when feedback closed and never recomputed. A figure is null when
     * it is withheld.
     *
     * @param minGroupSize the threshold applied when the totals were frozen
     * @param responses    how many people answered; null when fewer than {@code minGroupSize} did (then nothing is shown)
     * @param ratingCounts how many people gave each rating, 1 to 5; null when fewer than {@code minGroupSize}
     *                     answered, or when everyone gave the same rating (that would show each person's rating)
     * @param takeaways    in random order, without names; null when fewer than {@code minGroupSize} people wrote one
     */
    public record FeedbackSummary(Instant frozenAt, int minGroupSize, @Nullable Integer responses,
                                  @Nullable List<Integer> ratingCounts, @Nullable List<String> takeaways) {

        public boolean tooFewAnswers() {
            return responses == null;
        }

        /** Ratings are withheld because everyone gave the same one. */
        public boolean sameRatingFromEveryone() {
            return responses != null && ratingCounts == null;
        }

        /** The average rating, when ratings are shown. */
        public @Nullable Double meanRating() {
            if (ratingCounts == null) {
                return null;
            }
            int people = 0;
            int sum = 0;
            for (int r = 0; r < ratingCounts.size(); r++) {
                people += ratingCounts.get(r);
                sum += (r + 1) * ratingCounts.get(r);
            }
            return people == 0 ? null : (double) sum / people;
        }
    }
}
