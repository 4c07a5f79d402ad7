package org.lantern.revalidation;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.export.ScriptNames;
import org.lantern.base.security.Account;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.reflection.Sessions;
import org.lantern.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class ReflectiveAccountsTest {

    @Autowired
    ReflectiveAccounts accounts;
    @Autowired
    JournalService journal;
    @Autowired
    TrainingService training;
    @Autowired
    Sessions sessions;
    @Autowired
    PeopleService people;

    @Test
    void anEntryFromALessonFillsTheActivityWithTheLessonAndItsModule() {
        TestTeams.TestTeam team = TestTeams.create(people, "ra-lesson", 1);
        Account owner = account(team.staff().getFirst());
        String moduleKey = training.modules().getFirst().key();
        String moduleTitle = training.modules().getFirst().title();
        JournalEntry entry = journal.add(owner, "Asking first", "I learned to ask the person what a good day looks like.",
                "What will you try?", JournalSource.lesson(moduleKey + "/01-x", "What recovery means"));

        ReflectiveAccounts.Draft draft = accounts.draft(owner, entry.id());

        assertThat(draft.savedId()).isNull();
        assertThat(draft.account().title()).isEqualTo("Reflective account: Asking first");
        assertThat(draft.account().activity()).contains("The Lantern lesson \u201cWhat recovery means\u201d in the module \u201c"
                + moduleTitle + "\u201d").contains("Asking first");
        assertThat(draft.account().learning()).isEqualTo("I learned to ask the person what a good day looks like.");
        assertThat(draft.account().practice()).isEmpty();
        assertThat(draft.account().theme()).isNull();
    }

    @Test
    void anEntryFromASessionFillsTheActivityWithTheSession() {
        TestTeams.TestTeam team = TestTeams.create(people, "ra-session", 1);
        ReflectiveSession session = sessions.plan(account(team.manager()), new NewSession(team.id(),
                LocalDateTime.now().minusHours(3), 45, FocusType.TOPIC, "Night handovers", "gibbs", ""));
        sessions.recordAttendance(account(team.manager()), session.id(), Set.of(account(team.staff().getFirst()).id()));
        Account owner = account(team.staff().getFirst());
        JournalEntry entry = journal.add(owner, "", "We slowed the handover down.", "What will you take away?",
                new JournalSource(JournalSource.SESSION, String.valueOf(session.id()), "Session: Night handovers"));

        assertThat(accounts.draft(owner, entry.id()).account().activity())
                .startsWith("A reflective session with ra-session team on ").contains("(45 minutes), on: Night handovers.");
    }

    @Test
    void aSavedAccountIsAJournalEntryThatReadsBackAndDownloads() {
        TestTeams.TestTeam team = TestTeams.create(people, "ra-save", 1);
        Account owner = account(team.staff().getFirst());
        JournalEntry entry = journal.add(owner, "Tea", "Doing it with people takes longer.", "", JournalSource.free());
        ReflectiveAccount written = new ReflectiveAccount("Doing with, not for", "A shift where I made tea with someone.",
                "Doing it with people takes longer and matters more.", "I plan time for it at handover.",
                CodeTheme.PRIORITISE_PEOPLE, "It puts the person first.");

        JournalEntry saved = accounts.save(owner, null, written, JournalSource.free());

        assertThat(saved.isReflectiveAccount()).isTrue();
        assertThat(journal.entries(owner)).hasSize(2);
        ReflectiveAccounts.Draft reopened = accounts.draft(owner, saved.id());
        assertThat(reopened.savedId()).isEqualTo(saved.id());
        assertThat(reopened.account()).isEqualTo(written);

        accounts.save(owner, saved.id(), new ReflectiveAccount("Doing with, not for", written.activity(), written.learning(),
                "I plan ten minutes for it at handover.", CodeTheme.PRIORITISE_PEOPLE, written.code()), JournalSource.free());
        assertThat(journal.entries(owner)).as("changed in place").hasSize(2);

        String pdf = ScriptNames.textOf(accounts.pdf(owner, saved.id()));
        assertThat(pdf).contains("Doing with, not for", "The activity or experience", "What I learned from it",
                "How I changed or improved my practice as a result", "I plan ten minutes for it at handover.",
                "Theme of the Code: Prioritise people", "not the official form");
        String markdown = new String(accounts.markdown(owner, saved.id()), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# Doing with, not for").contains("## How this relates to the Code");
        JournalEntry names = accounts.save(owner, null, new ReflectiveAccount("Names", "A session.", ScriptNames.ALL, "", null, ""),
                JournalSource.free());
        assertThat(ScriptNames.textOf(accounts.pdf(owner, names.id()))).as("the PDF font covers every script")
                .contains(ScriptNames.NAMES);
        JournalEntry tricky = accounts.save(owner, null, new ReflectiveAccount("<b>Bold</b>", "<script>alert(1)</script> [a](javascript:x)",
                "", "", null, ""), JournalSource.free());
        assertThat(new String(accounts.markdown(owner, tricky.id()), StandardCharsets.UTF_8))
                .contains("\\<script>", "\\[a\\](javascript:x)").doesNotContain(" <script>", "# <b>");
        assertThatThrownBy(() -> accounts.pdf(owner, entry.id())).as("an ordinary entry is not an account")
                .hasMessage("That reflective account could not be found.");
    }

    @Test
    void nobodyElseCanOpenChangeOrDownloadAnAccount() {
        TestTeams.TestTeam team = TestTeams.create(people, "ra-private", 1);
        Account owner = account(team.staff().getFirst());
        JournalEntry entry = journal.add(owner, "Mine", "Private words.", "", JournalSource.free());
        JournalEntry saved = accounts.save(owner, null, new ReflectiveAccount("Mine", "Private words.", "", "", null, ""),
                JournalSource.free());
        for (String other : new String[]{team.manager(), "admin"}) {
            Account someoneElse = account(other);
            assertThatThrownBy(() -> accounts.draft(someoneElse, entry.id())).as(other).hasMessage("That entry could not be found.");
            assertThatThrownBy(() -> accounts.draft(someoneElse, saved.id())).as(other).hasMessage("That entry could not be found.");
            assertThatThrownBy(() -> accounts.pdf(someoneElse, saved.id())).as(other)
                    .hasMessage("That reflective account could not be found.");
            assertThatThrownBy(() -> accounts.markdown(someoneElse, saved.id())).as(other)
                    .hasMessage("That reflective account could not be found.");
            assertThatThrownBy(() -> accounts.save(someoneElse, saved.id(), new ReflectiveAccount("Taken", "x", "", "", null, ""),
                    JournalSource.free())).as(other).hasMessage("That reflective account could not be found.");
        }
        assertThat(accounts.draft(owner, saved.id()).account().activity()).isEqualTo("Private words.");
    }

    @Test
    void anEmptyAccountIsNotSaved() {
        Account owner = account(TestTeams.create(people, "ra-empty", 1).staff().getFirst());
        assertThatThrownBy(() -> accounts.save(owner, null, new ReflectiveAccount("Only a title", "", " ", "", CodeTheme.PRESERVE_SAFETY, ""),
                JournalSource.free())).hasMessage("Write at least one part of the account before saving.");
    }

    @Test
    void theCheckWarnsAboutDetailsThatIdentifySomeone() {
        ReflectiveAccount account = new ReflectiveAccount("A hard night", "I supported a man, aged 47, whose NHS number "
                + "is 943 476 5919, at 12 Elm Street.", "", "", null, "");
        assertThat(accounts.personalDetails(account)).anyMatch(w -> w.startsWith("Age"))
                .anyMatch(w -> w.startsWith("NHS number")).anyMatch(w -> w.startsWith("Address"));
        assertThat(accounts.personalDetails(new ReflectiveAccount("Calm", "A team session on handovers.", "", "", null, "")))
                .isEmpty();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
