package org.lantern.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One person's progress in one module.
 *
 * @param bestScore   best knowledge-check score so far, or null before the first attempt
 * @param completedAt when the module was last completed, or null
 * @param validUntil  the last day that completion counts, or null when it never expires (or there is none)
 */
public record ModuleProgress(TrainingModule module, Set<String> doneLessons, boolean checkPassed, Integer bestScore,
                             Instant completedAt, String lastLessonKey, LocalDate validUntil) {

    /** How long before a completion expires the person is asked to refresh it. */
    public static final int REFRESH_WINDOW_DAYS = 60;

    /** Whether the latest completion has expired by {@code today}. */
    public boolean expired(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }

    /** Whether the person should refresh the module: the latest completion expires within the refresh window, or has expired. */
    public boolean refreshOpen(LocalDate today) {
        return validUntil != null && !today.isBefore(validUntil.minusDays(REFRESH_WINDOW_DAYS));
    }

    public int lessonsDone() {
        return (int) module.lessons().stream().filter(l -> doneLessons.contains(l.key())).count();
    }

    public int lessonCount() {
        return module.lessons().size();
    }

    public boolean isDone(String lessonKey) {
        return doneLessons.contains(lessonKey);
    }

    public boolean allLessonsDone() {
        return lessonsDone() == lessonCount();
    }

    public boolean complete() {
        return completedAt != null;
    }

    public boolean started() {
        return lessonsDone() > 0 || bestScore != null || lastLessonKey != null;
    }

    /** Share of the module done, counting the knowledge check as one more step. */
    public double fraction() {
        if (complete()) {
            return 1.0;
        }
        return (lessonsDone() + (checkPassed ? 1 : 0)) / (double) (lessonCount() + 1);
    }

    /** Where to carry on: the last lesson opened, else the first lesson not yet done. */
    public Optional<TrainingModule.Lesson> resumeLesson() {
        if (lastLessonKey != null) {
            Optional<TrainingModule.Lesson> last = module.lesson(lastLessonKey);
            if (last.isPresent() && !isDone(lastLessonKey)) {
                return last;
            }
        }
        return module.lessons().stream().filter(l -> !isDone(l.key())).findFirst();
    }
}
