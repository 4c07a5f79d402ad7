package org.lantern.training;

import lombok.RequiredArgsConstructor;

import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Demo progress: the demo staff member is part-way through the first module, and some of their
 * made-up team mates have completed modules, so the manager's team view has something to show.
 */
@DemoFeature(value = "training", order = 10)
@RequiredArgsConstructor
class DemoTraining implements DemoData {

    private final TrainingService training;
    private final PeopleService people;

    @Override
    public void seed() {
        if (training.modules().size() < 2) {
            return;
        }
        TrainingModule first = training.modules().get(0);
        TrainingModule second = training.modules().get(1);
        Account staff = account("staff");
        training.markDone(staff, first.key(), first.lessons().get(0).key());
        training.markDone(staff, first.key(), first.lessons().get(1).key());
        training.visit(staff, first.key(), first.lessons().get(Math.min(2, first.lessons().size() - 1)).key());

        complete("amira.k", first);
        complete("amira.k", second);
        complete("dev.p", first);
        training.markDone(account("grace.l"), first.key(), first.lessons().getFirst().key());
    }

    private void complete(String username, TrainingModule module) {
        Account account = account(username);
        module.lessons().forEach(l -> training.markDone(account, module.key(), l.key()));
        Map<String, Set<Integer>> answers = new HashMap<>();
        training.drawCheck(account, module.key()).asked().forEach(q -> answers.put(q.key(), q.correctOptions()));
        training.submitCheck(account, module.key(), answers);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
