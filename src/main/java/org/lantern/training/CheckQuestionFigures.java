package org.lantern.training;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * How a module's knowledge-check questions work, from people's first attempts, for editors. Aggregates
 * only: a question's figures are shown once {@value #MINIMUM_PEOPLE} different people have been asked it.
 *
 * @param people    how many people's first attempts the figures are worked out from (each person counted once)
 * @param updatedAt when the figures were last worked out (they move on only in batches of {@value #BATCH} new
 *                  people); null while there are none yet
 */
public record CheckQuestionFigures(String moduleKey, String moduleTitle, int people, List<Question> questions,
                                   @Nullable Instant updatedAt) {

    /** Fewest different people a question must have been asked before its figures are shown. */
    public static final int MINIMUM_PEOPLE = 10;

    /**
     * The figures are worked out again only once at least this many new people have made a first attempt since they were
     * last worked out: looking before and after one colleague's attempt then shows no change, and a change is about at
     * least this many people together.
     */
    public static final int BATCH = 5;

    public CheckQuestionFigures(String moduleKey, String moduleTitle, int people, List<Question> questions) {
        this(moduleKey, moduleTitle, people, questions, null);
    }

    CheckQuestionFigures at(Instant updated) {
        return new CheckQuestionFigures(moduleKey, moduleTitle, people, questions, updated);
    }

    /**
     * One question of the bank.
     *
     * @param drawnBy           how many people's first attempts asked it
     * @param proportionCorrect difficulty: the share of them who answered it right (0 to 1); null when hidden
     * @param discrimination    corrected item-total correlation: Pearson's r (point-biserial) between answering this
     *                          question right and the share right of the other questions the same attempt asked; null
     *                          when hidden or when either side did not vary
     * @param options           every authored option with the share who chose it (null when hidden)
     * @param flags             what an editor should look at, in plain words
     * @param note              why a figure is missing, or empty
     */
    public record Question(String key, String text, int drawnBy, @Nullable Double proportionCorrect,
                           @Nullable Double discrimination, List<OptionShare> options, List<QuestionFlag> flags, String note) {

        public boolean shown() {
            return proportionCorrect != null;
        }
    }

    /**
     * One option as authored (not as shuffled on screen).
     *
     * @param share the share of people asked the question who chose it; for questions with several right
     *              answers the shares add up to more than 1
     */
    public record OptionShare(String text, boolean correct, @Nullable Double share) {
    }
}
