package org.lantern.training;

import org.lantern.base.demo.DemoData;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Demo progress: the demo staff member is part-way through the first module, and some of their
 * made-up team mates have completed modules, so the manager's team view has something to show.
 */
@Component
class DemoTraining extends DemoData {

    private final TrainingService training;

    DemoTraining(TrainingService training) {
        super("training", 10);
        this.training = training;
    }

    @Override
    public void seed() {
        if (training.modules().size() < 2) {
            return;
        }
        TrainingModule first = training.modules().get(0);
        TrainingModule second = training.modules().get(1);
        training.markDone("staff", first.key(), first.lessons().get(0).key());
        training.markDone("staff", first.key(), first.lessons().get(1).key());
        training.visit("staff", first.key(), first.lessons().get(Math.min(2, first.lessons().size() - 1)).key());

        complete("amira.k", first);
        complete("amira.k", second);
        complete("dev.p", first);
        training.markDone("grace.l", first.key(), first.lessons().getFirst().key());
    }

    private void complete(String username, TrainingModule module) {
        module.lessons().forEach(l -> training.markDone(username, module.key(), l.key()));
        Map<String, Set<Integer>> answers = new HashMap<>();
        training.drawCheck(username, module.key()).asked().forEach(q -> answers.put(q.key(), q.correctOptions()));
        training.submitCheck(username, module.key(), answers);
    }
}
