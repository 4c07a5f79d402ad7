package org.lantern.training;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One person's progress in one module.
 *
 * @param bestScore   best knowledge-check score so far, or null before the first attempt
 * @param completedAt when the module was completed, or null
 */
public record ModuleProgress(TrainingModule module, Set<String> doneLessons, boolean checkPassed, Integer bestScore,
                             Instant completedAt, String lastLessonKey) {

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
