package org.lantern.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a knowledge check: a question counts as right only when exactly the correct options are
 * chosen (for multiple-answer questions, all of them and nothing else).
 */
final class CheckScorer {

    private CheckScorer() {
    }

    static CheckResult score(TrainingModule module, Map<String, Set<Integer>> answers, Instant at) {
        List<String> right = new ArrayList<>();
        for (TrainingModule.Question q : module.check().questions()) {
            Set<Integer> chosen = answers.getOrDefault(q.key(), Set.of());
            if (chosen.equals(q.correctOptions())) {
                right.add(q.key());
            }
        }
        int total = module.check().questions().size();
        int score = (int) Math.round(100.0 * right.size() / total);
        return new CheckResult(module.key(), right.size(), total, score, score >= module.passMark(), module.passMark(),
                Map.copyOf(answers), List.copyOf(right), at);
    }
}
