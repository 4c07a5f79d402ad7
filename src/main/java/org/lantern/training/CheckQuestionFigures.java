package org.lantern.training;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * How a module's knowledge-check questions work, from people's first attempts, for editors. Aggregates
 * only: a question's figures are shown once {@value #MINIMUM_PEOPLE} different people have been asked it.
 *
 * @param people how many people have submitted at least one attempt (each counted once, by their first attempt)
 */
public record CheckQuestionFigures(String moduleKey, String moduleTitle, int people, List<Question> questions) {

    /** Fewest different people a question must have been asked before its figures are shown. */
    public static final int MINIMUM_PEOPLE = 10;

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
