package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.PairedComparison;

import java.util.List;

/**
 * Change for people who completed training against those who did not. Only people who answered
 * both surveys in Lantern can be linked to their training; answers imported from paper cannot.
 *
 * @param completedPeople    matched people linked to training who completed at least one module by the
 *                           day the after survey closed (hidden when too few)
 * @param notCompletedPeople matched people linked to training who did not
 * @param rows               "All questions" first, then one row per theme
 */
public record LearningLink(Count completedPeople, Count notCompletedPeople, List<Row> rows) {

    /** True when at least one row has a comparison to show. */
    public boolean shown() {
        return rows.stream().anyMatch(Row::compared);
    }

    /**
     * One comparison, shown only when both groups pass the privacy checks; with nobody in one group
     * there is nothing to compare and both sides are null without a reason.
     *
     * @param difference mean change of those who completed minus mean change of those who did not
     * @param welchP     two-sided p-value of Welch's t-test on the changes of the two groups
     */
    public record Row(String label, @Nullable PairedComparison completed, @Nullable PairedComparison notCompleted,
                      @Nullable Double difference, @Nullable Double welchP, @Nullable Hidden hidden) {

        public boolean suppressed() {
            return hidden != null;
        }

        /** False when hidden, or when one of the groups has nobody in it (nothing to compare). */
        public boolean compared() {
            return hidden == null && completed != null && notCompleted != null;
        }
    }
}
