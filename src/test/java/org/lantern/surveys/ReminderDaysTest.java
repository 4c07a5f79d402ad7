package org.lantern.surveys;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reminder days an evaluator sets on a programme, and who is still to be reminded. */
@LanternTest
class ReminderDaysTest {

    @Autowired
    SurveyInvitations invitations;
    @Autowired
    Programmes programmes;
    @Autowired
    PeopleService people;

    @Test
    void evaluatorsSetReminderDaysAndBadDaysChangeNothing() {
        String key = "reminders-" + System.nanoTime() % 1000000;
        LocalDate today = LocalDate.now();
        programmes.createProgramme(people.findByUsername("evaluator").orElseThrow(), new NewProgramme(key, "Reminders", "recovery-knowledge",
                List.of("Community Team North"), List.of(new NewProgramme.NewWave("before", today, today.plusDays(20)),
                new NewProgramme.NewWave("after", today.plusDays(60), today.plusDays(70)))));
        assertThat(invitations.reminderDays(key)).containsExactly(7, 14);

        assertThat(invitations.setReminderDays(people.findByUsername("evaluator").orElseThrow(), key, List.of(10, 3, 10))).containsExactly(3, 10);
        assertThatThrownBy(() -> invitations.setReminderDays(people.findByUsername("evaluator").orElseThrow(), key, List.of(3, 400)))
                .isInstanceOf(SurveyException.class).hasMessageContaining("from 1 to 365");
        assertThatThrownBy(() -> invitations.setReminderDays(people.findByUsername("staff").orElseThrow(), key, List.of(5)))
                .isInstanceOf(SurveyException.class);
        assertThat(invitations.reminderDays(key)).containsExactly(3, 10);
        assertThat(invitations.openOn(today)).filteredOn(w -> w.programmeKey().equals(key)).singleElement()
                .satisfies(w -> assertThat(w.reminderDays()).containsExactly(3, 10));
        // the team's staff are invited and, having answered nothing, have not submitted
        assertThat(invitations.notSubmitted(key, "before")).containsExactlyElementsOf(invitations.invited(key)).isNotEmpty();
    }
}
