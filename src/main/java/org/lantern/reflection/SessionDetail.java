package org.lantern.reflection;

import java.util.List;

/**
 * What one person may see of a session.
 *
 * @param notes      the confidential notes, or null when the person did not attend and does not manage the team
 * @param feedback   feedback totals, only for the team's managers and only once enough people answered
 * @param canManage  the person manages the team: may record attendance, notes and actions
 */
public record SessionDetail(ReflectiveSession session, String notes, List<Attendee> team, List<ActionPoint> actions,
                            FeedbackSummary feedback, boolean canManage, boolean attended, boolean feedbackGiven) {

    public record Attendee(long accountId, String name, boolean present) {
    }

    /**
     * Anonymous feedback totals.
     *
     * @param takeaways in random order, without names
     */
    public record FeedbackSummary(int responses, double meanUsefulness, int[] counts, List<String> takeaways) {
    }
}
