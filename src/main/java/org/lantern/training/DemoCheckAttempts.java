package org.lantern.training;

import lombok.RequiredArgsConstructor;

import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * First attempts at the first module's knowledge check by the demo staff, so that an editor's knowledge-check page
 * (/admin/checks) has figures to show. Realistic: most people get most questions right (the stronger, the more), the
 * question the most people were asked is one nearly everyone gets right, and the next one is a question the
 * strongest people get wrong and the weakest right (what an unclear question or a wrong answer key looks like).
 */
@DemoFeature(value = "training-check-attempts", order = 11)
@RequiredArgsConstructor
class DemoCheckAttempts implements DemoData {

    /**
     * Demo staff who take the check: with Amira and Dev (whose first attempts {@link DemoTraining} makes) 13 people, so the
     * most-asked questions reach the 10 people figures need. Not Sam (still part-way through the module's lessons), and
     * not the editor or the ward manager, whose accounts tests use as people who have not started the module.
     */
    private static final List<String> PEOPLE = List.of("ben.o", "chloe.d", "ella.m", "femi.a", "grace.l", "hari.s", "isla.r",
            "jon.t", "kemi.b", "lena.w", "manager");

    private final TrainingService training;
    private final PeopleService people;

    @Override
    public void seed() {
        if (training.modules().isEmpty()) {
            return;
        }
        TrainingModule module = training.modules().getFirst();
        List<Account> takers = PEOPLE.stream().map(u -> people.findByUsername(u).orElseThrow()).toList();
        Map<String, Integer> drawn = new HashMap<>();
        takers.forEach(a -> training.drawCheck(a, module.key()).asked().forEach(q -> drawn.merge(q.key(), 1, Integer::sum)));
        List<String> mostAsked = module.check().questions().stream().map(TrainingModule.Question::key)
                .sorted(Comparator.comparing((String k) -> -drawn.getOrDefault(k, 0))).toList();
        String easy = mostAsked.get(0);
        String misleading = mostAsked.get(1);
        for (int p = 0; p < takers.size(); p++) {
            double ability = 0.45 + 0.5 * p / (takers.size() - 1);
            Random random = new Random(1000L + p);
            Map<String, Set<Integer>> answers = new HashMap<>();
            for (TrainingModule.Question q : training.drawCheck(takers.get(p), module.key()).asked()) {
                boolean right = q.key().equals(easy) ? p != 0 : q.key().equals(misleading) ? ability < 0.7 : random.nextDouble() < ability;
                answers.put(q.key(), right ? q.correctOptions() : Set.of(wrongOption(q)));
            }
            training.submitCheck(takers.get(p), module.key(), answers);
        }
    }

    private static int wrongOption(TrainingModule.Question q) {
        for (int i = 0; i < q.options().size(); i++) {
            if (!q.options().get(i).correct()) {
                return i;
            }
        }
        throw new IllegalStateException("A knowledge-check question with no wrong option: " + q.key());
    }
}
