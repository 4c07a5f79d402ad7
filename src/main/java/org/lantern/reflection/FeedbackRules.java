package org.lantern.reflection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What may be shown of a session's feedback, decided once when feedback closes. A reader who knows
 * who attended must not learn any one person's answer, so: nothing when fewer than the minimum group
 * size answered; no ratings when everyone gave the same one (the total would be each person's
 * rating); take-aways only when at least the minimum number of people wrote one, shuffled.
 */
final class FeedbackRules {

    private FeedbackRules() {
    }

    static SessionDetail.FeedbackSummary freeze(List<SessionRepository.Feedback> answers, int minGroupSize, Random random,
                                                Instant at) {
        if (answers.size() < minGroupSize) {
            return new SessionDetail.FeedbackSummary(at, minGroupSize, null, null, null);
        }
        Integer[] counts = new Integer[5];
        Arrays.fill(counts, 0);
        answers.forEach(a -> counts[a.usefulness() - 1]++);
        boolean sameForEveryone = Arrays.stream(counts).filter(c -> c > 0).count() == 1;
        List<String> written = new ArrayList<>(answers.stream().map(SessionRepository.Feedback::takeaway)
                .filter(t -> !t.isBlank()).toList());
        Collections.shuffle(written, random);
        return new SessionDetail.FeedbackSummary(at, minGroupSize, answers.size(), sameForEveryone ? null : List.of(counts),
                written.size() < minGroupSize ? null : List.copyOf(written));
    }
}
