package org.lantern.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The questions one attempt at a knowledge check asks, in the order shown, each with its options
 * in the order shown. Answers and scores always use the authored option indexes, so the shuffle
 * changes only what the person sees: the position of an option on screen says nothing about
 * whether it is right.
 *
 * @param questions the drawn questions, in the order to ask them
 */
public record CheckDraw(String moduleKey, List<Asked> questions) {

    /**
     * One drawn question.
     *
     * @param optionOrder the authored option indexes in the order to show them
     */
    public record Asked(TrainingModule.Question question, List<Integer> optionOrder) {

        public String key() {
            return question.key();
        }
    }

    /** The drawn questions themselves, in the order asked. */
    public List<TrainingModule.Question> asked() {
        return questions.stream().map(Asked::question).toList();
    }

    /**
     * Draws {@code draw} questions from the module's bank and shuffles their options. The same
     * seed always gives the same draw, which is what lets a reloaded page (or the same check opened
     * on another device) show the same questions until the attempt is submitted.
     */
    static CheckDraw draw(TrainingModule module, long seed) {
        Random random = new Random(seed);
        List<TrainingModule.Question> bank = new ArrayList<>(module.check().questions());
        Collections.shuffle(bank, random);
        List<Asked> asked = new ArrayList<>();
        for (TrainingModule.Question q : bank.subList(0, module.check().draw())) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, q.options().size()).boxed().toList());
            // True comes before False wherever it is asked; the bank balances which one is right
            if (q.type() != TrainingModule.QuestionType.TRUE_FALSE) {
                Collections.shuffle(order, random);
            }
            asked.add(new Asked(q, List.copyOf(order)));
        }
        return new CheckDraw(module.key(), List.copyOf(asked));
    }

    /**
     * The seed for a person's next attempt at a module: it changes with every submitted attempt
     * and differs between people, so neither the questions nor their order can be learned by heart.
     */
    static long seed(long accountId, String moduleKey, int attemptsSoFar) {
        long h = accountId * 0x9E3779B97F4A7C15L;
        h ^= moduleKey.hashCode() * 0xC2B2AE3D27D4EB4FL;
        h ^= (attemptsSoFar + 1L) * 0x165667B19E3779F9L;
        return h ^ (h >>> 31);
    }
}
