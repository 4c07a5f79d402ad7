package org.lantern.training.tools;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@LanternTest
class JournalToolsDemoDataTest {

    @Autowired
    PeopleService people;

    @Autowired
    JournalService journal;
    @Autowired
    ToolService tools;

    @Test
    void theDemoStaffMemberHasALessonEntryAFreeEntryAndASavedRiskDecision() {
        assertThat(journal.entriesFrom(account("staff"), "lesson", JournalToolsDemoData.LESSON_REF))
                .anySatisfy(entry -> {
                    assertThat(entry.source().label()).isEqualTo("What recovery means");
                    assertThat(entry.prompt()).isEqualTo(JournalToolsDemoData.LESSON_PROMPT);
                });
        assertThat(journal.entries(account("staff"))).anySatisfy(entry -> {
            assertThat(entry.source().isFree()).isTrue();
            assertThat(entry.title()).isEqualTo("A slower cup of tea");
        });
        assertThat(tools.saved(account("staff"), "risk-decision")).extracting(SavedTool::title)
                .contains("Practice: going to a football match on their own");
        assertThat(journal.entries(account("manager"))).extracting(JournalEntry::title).doesNotContain("A slower cup of tea");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
