package org.lantern.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a knowledge check: a question counts as right only when exactly the correct options are
 * chosen (for multiple-answer questions, all of them and nothing else). Only the questions the
 * attempt asked count; the rest of the bank plays no part.
 */
final class CheckScorer {

    private CheckScorer() {
    }

    /**
     * @param asked   the questions this attempt asked
     * @param answers chosen authored option indexes per question key
     */
    static CheckResult score(TrainingModule module, List<TrainingModule.Question> asked, Map<String, Set<Integer>> answers,
                             Instant at) {
        List<String> right = new ArrayList<>();
        for (TrainingModule.Question q : asked) {
            Set<Integer> chosen = answers.getOrDefault(q.key(), Set.of());
            if (chosen.equals(q.correctOptions())) {
                right.add(q.key());
            }
        }
        int total = asked.size();
        int score = (int) Math.round(100.0 * right.size() / total);
        return new CheckResult(module.key(), right.size(), total, score, score >= module.passMark(), module.passMark(),
                Map.copyOf(answers), List.copyOf(right), at);
    }
}
