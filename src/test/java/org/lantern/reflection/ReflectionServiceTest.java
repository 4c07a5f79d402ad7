package org.lantern.reflection;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class ReflectionServiceTest {

    @Autowired
    ReflectionService reflection;
    @Autowired
    PeopleService people;

    private ReflectiveSession pastDemoSession() {
        return reflection.sessionsFor("staff").stream().filter(s -> s.started(reflection.clock().instant())).findFirst().orElseThrow();
    }

    private long north() {
        return people.findTeamByName("Community Team North").orElseThrow().id();
    }

    @Test
    void sessionsAreForTheirTeamOnly() {
        ReflectiveSession past = pastDemoSession();
        assertThat(reflection.sessionsFor("staff")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(reflection.sessionsFor("ben.o")).as("Acute Ward Two").extracting(ReflectiveSession::teamName)
                .doesNotContain("Community Team North");
        for (String outsider : List.of("ben.o", "ward.manager", "evaluator", "admin")) {
            assertThatThrownBy(() -> reflection.detail(outsider, past.id())).as(outsider)
                    .hasMessage("That session could not be found.");
        }
    }

    @Test
    void notesAreForAttendeesAndManagersAndFeedbackTotalsForManagersOnly() {
        ReflectiveSession past = pastDemoSession();
        SessionDetail forManager = reflection.detail("manager", past.id());
        assertThat(forManager.notes()).contains("what could go well");
        assertThat(forManager.feedback()).isNotNull();
        assertThat(forManager.feedback().responses()).isEqualTo(3);
        assertThat(forManager.feedback().meanUsefulness()).isEqualTo(13 / 3.0);
        assertThat(forManager.actions()).hasSize(2);

        SessionDetail forAttendee = reflection.detail("staff", past.id());
        assertThat(forAttendee.notes()).isNotNull();
        assertThat(forAttendee.feedback()).as("staff never see feedback").isNull();
        assertThat(forAttendee.feedbackGiven()).isTrue();

        SessionDetail forAbsent = reflection.detail("jon.t", past.id());
        assertThat(forAbsent.notes()).as("not at the session").isNull();
        assertThat(forAbsent.actions()).hasSize(2);
    }

    @Test
    void feedbackIsOncePerAttendeeAndHiddenUntilThreeAnswered() {
        ReflectiveSession past = pastDemoSession();
        assertThatThrownBy(() -> reflection.giveFeedback("staff", past.id(), 5, "again"))
                .hasMessage("You have already given feedback on this session. Thank you.");
        assertThatThrownBy(() -> reflection.giveFeedback("jon.t", past.id(), 5, ""))
                .hasMessage("Only people who attended can give feedback on a session.");

        ReflectiveSession fresh = reflection.plan("manager", new NewSession(north(), LocalDateTime.now().minusHours(2), 60, "topic",
                "Handover language", "gibbs", ""));
        reflection.recordAttendance("manager", fresh.id(), Set.of(id("staff"), id("amira.k"), id("dev.p")));
        reflection.giveFeedback("staff", fresh.id(), 2, "");
        reflection.giveFeedback("amira.k", fresh.id(), 3, "Listen more");
        assertThat(reflection.detail("manager", fresh.id()).feedback()).as("only two answers").isNull();
        reflection.giveFeedback("dev.p", fresh.id(), 4, "");
        assertThat(reflection.detail("manager", fresh.id()).feedback().takeaways()).containsExactly("Listen more");
    }

    @Test
    void onlyTheTeamsManagerPlansAndRecords() {
        NewSession request = new NewSession(north(), LocalDateTime.now().plusDays(3), 45, "topic", "Hope", "gibbs", "");
        assertThatThrownBy(() -> reflection.plan("staff", request)).hasMessage("Only the team's manager can do this.");
        assertThatThrownBy(() -> reflection.plan("ward.manager", request)).hasMessage("Only the team's manager can do this.");
        assertThatThrownBy(() -> reflection.plan("manager", new NewSession(north(), LocalDateTime.now(), 45, "lesson", "nope/nope", "gibbs", "")))
                .hasMessage("That a module lesson is not available.");
        ReflectiveSession planned = reflection.plan("manager", request);
        assertThat(planned.focusTitle()).isEqualTo("Hope");
        assertThatThrownBy(() -> reflection.saveNotes("staff", planned.id(), "x")).hasMessage("Only the team's manager can do this.");
        assertThatThrownBy(() -> reflection.recordAttendance("manager", planned.id(), Set.of(id("ben.o"))))
                .hasMessage("Only members of the team can be recorded as attending.");
    }

    @Test
    void actionStatusChangesAreAuditedAndDroppingNeedsAReason() {
        ActionPoint action = reflection.addAction("staff", north(), "Try a walking handover", null, null, "direct", null);
        assertThat(action.ownerName()).isEqualTo("The team");
        reflection.updateStatus("amira.k", action.id(), ActionStatus.IN_PROGRESS, "Trialled on Tuesday");
        assertThatThrownBy(() -> reflection.updateStatus("amira.k", action.id(), ActionStatus.DROPPED, " "))
                .hasMessage("Say why the action is being dropped.");
        ActionPoint dropped = reflection.updateStatus("manager", action.id(), ActionStatus.DROPPED, "The rota changed");
        assertThat(dropped.droppedReason()).isEqualTo("The rota changed");
        List<ActionUpdate> history = reflection.history("staff", action.id());
        assertThat(history).extracting(ActionUpdate::who).containsExactly("Sam Staff", "Amira K.", "Morgan Manager");
        assertThat(history).extracting(ActionUpdate::to).containsExactly(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DROPPED);
        assertThat(history.get(1).from()).isEqualTo(ActionStatus.OPEN);

        assertThatThrownBy(() -> reflection.updateStatus("ben.o", action.id(), ActionStatus.DONE, ""))
                .hasMessage("You can only see the action log of your own teams.");
        assertThatThrownBy(() -> reflection.actions("ward.manager", north())).hasMessage("You can only see the action log of your own teams.");
    }

    @Test
    void overdueActionsShowForTheManager() {
        assertThat(reflection.overdueForManager("manager")).extracting(ActionPoint::description)
                .contains("Add a 'what could go well' box to our risk decision record");
        assertThat(reflection.overdueForManager("ward.manager")).isEmpty();
        assertThat(reflection.openActions("staff", north())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void exportsAreSpreadsheetSafeAndReadable() throws Exception {
        reflection.addAction("manager", north(), "=HYPERLINK(\"http://x\")", null, null, "direct", null);
        String csv = new String(reflection.actionsCsv("staff", north()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains("Invite carers to reviews");
        byte[] pdf = reflection.actionsPdf("staff", north());
        String text = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Action log: Community Team North", "Invite carers to reviews");
    }

    private long id(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }
}
