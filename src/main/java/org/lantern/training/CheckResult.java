package org.lantern.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scored knowledge check.
 *
 * @param answers the chosen option indexes per question key
 */
public record CheckResult(String moduleKey, int correct, int total, int score, boolean passed, int passMark,
                          Map<String, Set<Integer>> answers, List<String> correctQuestions, Instant submittedAt) {

    public boolean isCorrect(String questionKey) {
        return correctQuestions.contains(questionKey);
    }
}
