package org.lantern.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Training progress of a team, for its managers: completion only, never journal entries or answers.
 *
 * @param rows one per team member, in name order
 */
public record TeamProgress(long teamId, String teamName, List<TrainingModule> modules, List<Member> rows) {

    /** One team member's progress per module key. */
    public record Member(String displayName, Map<String, Cell> cells) {
    }

    /**
     * @param completedAt when the module was completed, or null
     */
    public record Cell(int lessonsDone, int lessonCount, Instant completedAt) {

        public String describe(java.time.format.DateTimeFormatter dates) {
            if (completedAt != null) {
                return "Completed " + dates.format(completedAt);
            }
            if (lessonsDone == 0) {
                return "Not started";
            }
            return lessonsDone + " of " + lessonCount + " lessons";
        }
    }
}
