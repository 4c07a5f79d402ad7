package org.lantern.training.tools;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@LanternTest
class JournalToolsDemoDataTest {

    @Autowired
    JournalService journal;
    @Autowired
    ToolService tools;

    @Test
    void theDemoStaffMemberHasALessonEntryAFreeEntryAndASavedRiskDecision() {
        assertThat(journal.entriesFrom("staff", "lesson", JournalToolsDemoData.LESSON_REF))
                .anySatisfy(entry -> {
                    assertThat(entry.source().label()).isEqualTo("What recovery means");
                    assertThat(entry.prompt()).isEqualTo(JournalToolsDemoData.LESSON_PROMPT);
                });
        assertThat(journal.entries("staff")).anySatisfy(entry -> {
            assertThat(entry.source().isFree()).isTrue();
            assertThat(entry.title()).isEqualTo("A slower cup of tea");
        });
        assertThat(tools.saved("staff", "risk-decision")).extracting(SavedTool::title)
                .contains("Practice: going to a football match on their own");
        assertThat(journal.entries("manager")).extracting(JournalEntry::title).doesNotContain("A slower cup of tea");
    }
}
