package org.lantern.training;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@LanternTest
@Transactional
class TrainingRecordTest {

    @Autowired
    TrainingRecord record;
    @Autowired
    TrainingService training;
    @Autowired
    PeopleService people;

    @Test
    void onlyTheOwnersCompletedModulesAreListedWithTheirLessons() {
        TestTeams.TestTeam team = TestTeams.create(people, "record", 2);
        Account learner = people.findByUsername(team.staff().get(0)).orElseThrow();
        Account other = people.findByUsername(team.staff().get(1)).orElseThrow();
        TrainingModule module = training.modules().getFirst();
        Map<String, Set<Integer>> answers = new HashMap<>();
        training.drawCheck(learner, module.key()).asked().forEach(q -> answers.put(q.key(), q.correctOptions()));
        training.submitCheck(learner, module.key(), answers);
        module.lessons().forEach(l -> training.markDone(learner, module.key(), l.key()));
        training.markDone(other, module.key(), module.lessons().getFirst().key());

        assertThat(record.completedModules(learner)).singleElement().satisfies(m -> {
            assertThat(m.moduleKey()).isEqualTo(module.key());
            assertThat(m.minutes()).isEqualTo(module.estimatedMinutes());
            assertThat(m.lessonTitles()).hasSize(module.lessons().size()).first().isEqualTo(module.lessons().getFirst().title());
        });
        assertThat(record.completedModules(other)).as("started, not completed").isEmpty();
        assertThat(record.moduleTitle(module.key())).contains(module.title());
    }
}
