package org.lantern.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A module a person has completed, for their CPD record.
 *
 * @param title        the module's title when it was completed
 * @param minutes      the module's estimated length when it was completed
 * @param lessonTitles what the module covered: its lessons' titles today (empty if the module was withdrawn)
 * @param validUntil   the last day the completion counts, or null when it never expires
 */
public record CompletedModule(String moduleKey, String title, Instant completedAt, int minutes, List<String> lessonTitles,
                              LocalDate validUntil) {

    public CompletedModule {
        lessonTitles = List.copyOf(lessonTitles);
    }

    /** A completion that never expires. */
    public CompletedModule(String moduleKey, String title, Instant completedAt, int minutes, List<String> lessonTitles) {
        this(moduleKey, title, completedAt, minutes, lessonTitles, null);
    }

    /** Hours of learning: the minutes divided by 60, rounded to the nearest quarter of an hour. */
    public double hours() {
        return Math.round(minutes / 15.0) / 4.0;
    }
}
