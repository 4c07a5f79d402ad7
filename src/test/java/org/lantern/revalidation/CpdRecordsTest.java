package org.lantern.revalidation;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.export.ScriptNames;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.reflection.Sessions;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@LanternTest
@Transactional
class CpdRecordsTest {

    @Autowired
    CpdRecords records;
    @Autowired
    TrainingService training;
    @Autowired
    Sessions sessions;
    @Autowired
    PeopleService people;

    @Test
    void theRecordListsCompletedModulesAndSessionsAttendedOnly() {
        TestTeams.TestTeam team = TestTeams.create(people, "cpd-list", 2);
        Account learner = account(team.staff().get(0));
        TrainingModule module = training.modules().getFirst();
        complete(learner, module);
        training.markDone(learner, training.modules().get(1).key(), training.modules().get(1).lessons().getFirst().key());
        ReflectiveSession attended = plan(team, "Night handovers", 90);
        ReflectiveSession missed = plan(team, "Missed one", 60);
        ReflectiveSession cancelled = plan(team, "Called off", 60);
        sessions.recordAttendance(account(team.manager()), attended.id(), Set.of(learner.id()));
        sessions.recordAttendance(account(team.manager()), missed.id(), Set.of(account(team.staff().get(1)).id()));
        sessions.recordAttendance(account(team.manager()), cancelled.id(), Set.of(learner.id()));
        sessions.cancel(account(team.manager()), cancelled.id());

        CpdRecord record = records.record(learner);

        assertThat(record.ownerName()).isEqualTo("cpd-list Staff 1");
        assertThat(record.modules()).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo(module.title());
            assertThat(m.hours()).isEqualTo(Math.round(module.estimatedMinutes() / 15.0) / 4.0);
            assertThat(m.covered()).containsExactlyElementsOf(module.lessons().stream().map(TrainingModule.Lesson::title).toList());
        });
        assertThat(record.sessions()).singleElement().satisfies(s -> {
            assertThat(s.focus()).isEqualTo("Night handovers");
            assertThat(s.team()).isEqualTo("cpd-list team");
            assertThat(s.minutes()).isEqualTo(90);
        });
        assertThat(records.record(account(team.staff().get(1))).modules()).as("another person's record").isEmpty();
        assertThat(records.record(account(team.manager())).sessions()).as("the manager recorded it, did not attend").isEmpty();

        String pdf = ScriptNames.textOf(records.pdf(learner)).replaceAll("\\s+", " ");
        assertThat(pdf).contains("CPD record", "cpd-list Staff 1", module.title(), "Night handovers", "90 min",
                module.lessons().getFirst().title()).doesNotContain("Missed one", "Called off");
        assertThat(ScriptNames.textOf(records.pdf(account(team.staff().get(1))))).doesNotContain(module.title(), "Night handovers")
                .contains("Missed one");
    }

    @Test
    void hoursAreRoundedToAQuarterHour() {
        assertThat(new org.lantern.training.CompletedModule("m", "M", java.time.Instant.EPOCH, 50, java.util.List.of()).hours())
                .isEqualTo(0.75);
        assertThat(new org.lantern.training.CompletedModule("m", "M", java.time.Instant.EPOCH, 100, java.util.List.of()).hours())
                .isEqualTo(1.75);
        assertThat(CpdRecord.hours(2.0)).isEqualTo("2");
        assertThat(CpdRecord.hours(1.25)).isEqualTo("1.25");
    }

    @Test
    void theCsvHasOneRowPerItemAndNoCellOpensAsAFormula() {
        TestTeams.TestTeam team = TestTeams.create(people, "cpd-csv", 1);
        Account learner = account(team.staff().getFirst());
        TrainingModule module = training.modules().getFirst();
        complete(learner, module);
        ReflectiveSession session = plan(team, "=HYPERLINK(\"http://example.org\",\"click\")", 60);
        sessions.recordAttendance(account(team.manager()), session.id(), Set.of(learner.id()));

        String csv = new String(records.csv(learner), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFtype,date,hours,title,team,what_it_covered\r\n");
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("module,").contains(module.title())
                .contains("reflective session,").contains("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"click\"\")\"")
                .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        assertThat(new String(records.csv(account(team.manager())), StandardCharsets.UTF_8).lines())
                .as("the manager's own record is empty").hasSize(1);
    }

    private void complete(Account learner, TrainingModule module) {
        Map<String, Set<Integer>> answers = new HashMap<>();
        training.drawCheck(learner, module.key()).asked().forEach(q -> answers.put(q.key(), q.correctOptions()));
        training.submitCheck(learner, module.key(), answers);
        module.lessons().forEach(lesson -> training.markDone(learner, module.key(), lesson.key()));
        assertThat(training.progress(learner, module.key()).orElseThrow().complete()).isTrue();
    }

    private ReflectiveSession plan(TestTeams.TestTeam team, String topic, int minutes) {
        return sessions.plan(account(team.manager()), new NewSession(team.id(), LocalDateTime.now().minusHours(3), minutes,
                FocusType.TOPIC, topic, "gibbs", ""));
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
