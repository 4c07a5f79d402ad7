package org.lantern.training;

import org.lantern.base.Keyed;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A training module as authored in {@code content/modules/<folder>/}.
 *
 * @param passMark percentage of knowledge-check questions to answer correctly
 * @param validFor how long a completion counts before the person must refresh it, or null when it never expires
 */
public record TrainingModule(String key, String folder, String title, String summary, int order, int estimatedMinutes,
                             int passMark, List<String> themes, List<String> objectives, List<Lesson> lessons,
                             KnowledgeCheck check, @Nullable Period validFor) {

    /** A module whose completions never expire. */
    public TrainingModule(String key, String folder, String title, String summary, int order, int estimatedMinutes,
                          int passMark, List<String> themes, List<String> objectives, List<Lesson> lessons,
                          KnowledgeCheck check) {
        this(key, folder, title, summary, order, estimatedMinutes, passMark, themes, objectives, lessons, check, null);
    }

    /** The last day a completion on {@code completedOn} counts, or null when completions never expire. */
    public @Nullable LocalDate validUntil(LocalDate completedOn) {
        return validFor == null ? null : completedOn.plus(validFor);
    }

    public Optional<Lesson> lesson(String lessonKey) {
        return lessons.stream().filter(l -> l.key().equals(lessonKey)).findFirst();
    }

    /** The lesson after this one, if any. */
    public Optional<Lesson> next(String lessonKey) {
        for (int i = 0; i < lessons.size() - 1; i++) {
            if (lessons.get(i).key().equals(lessonKey)) {
                return Optional.of(lessons.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public Optional<Lesson> previous(String lessonKey) {
        for (int i = 1; i < lessons.size(); i++) {
            if (lessons.get(i).key().equals(lessonKey)) {
                return Optional.of(lessons.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * One lesson.
     *
     * @param key      the file name without {@code .md}, e.g. {@code 01-what-recovery-means}
     * @param toolKey  a practice tool the lesson points to, or empty
     * @param html     the body rendered to safe HTML
     */
    public record Lesson(String key, String title, int minutes, List<String> reflection, String toolKey,
                         String markdown, String html, int words) {
    }

    /**
     * A module's question bank.
     *
     * @param draw how many questions one attempt asks, drawn at random from the bank; never more
     *             than the bank holds
     */
    public record KnowledgeCheck(String title, int draw, List<Question> questions) {

        public KnowledgeCheck {
            draw = Math.min(Math.max(1, draw), questions.size());
        }

        /** A check that asks every question in the bank. */
        public KnowledgeCheck(String title, List<Question> questions) {
            this(title, questions.size(), questions);
        }

        public Optional<Question> question(String key) {
            return questions.stream().filter(q -> q.key().equals(key)).findFirst();
        }
    }

    public record Question(String key, QuestionType type, String text, List<Option> options) {

        /** Indexes of the correct options. */
        public java.util.Set<Integer> correctOptions() {
            java.util.Set<Integer> result = new java.util.TreeSet<>();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct()) {
                    result.add(i);
                }
            }
            return result;
        }
    }

    public record Option(String text, boolean correct, String explanation) {
    }

    public enum QuestionType implements Keyed {
        SINGLE("single"), MULTIPLE("multiple"), TRUE_FALSE("true-false");

        private final String key;

        QuestionType(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        static Optional<QuestionType> fromKey(String key) {
            return Keyed.fromKey(QuestionType.class, key);
        }
    }
}
