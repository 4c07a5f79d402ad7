package org.lantern.actions;

import org.lantern.base.security.Account;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class ActionsTest {

    @Autowired
    Actions actions;
    @Autowired
    PeopleService people;

    private long north() {
        return people.findTeamByName("Community Team North").orElseThrow().id();
    }

    @Test
    void actionStatusChangesAreAuditedAndDroppingNeedsAReason() {
        ActionPoint action = actions.add(account("staff"), north(), "Try a walking handover", null, null, ActionOrigin.DIRECT, null);
        assertThat(action.ownerName()).isEqualTo("The team");
        actions.updateStatus(account("amira.k"), action.id(), ActionStatus.IN_PROGRESS, "Trialled on Tuesday");
        assertThatThrownBy(() -> actions.updateStatus(account("amira.k"), action.id(), ActionStatus.DROPPED, " "))
                .hasMessage("Say why the action is being dropped.");
        ActionPoint dropped = actions.updateStatus(account("manager"), action.id(), ActionStatus.DROPPED, "The rota changed");
        assertThat(dropped.droppedReason()).isEqualTo("The rota changed");
        List<ActionUpdate> history = actions.history(account("staff"), action.id());
        assertThat(history).extracting(ActionUpdate::who).containsExactly("Sam Staff", "Amira K.", "Morgan Manager");
        assertThat(history).extracting(ActionUpdate::to).containsExactly(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DROPPED);
        assertThat(history.get(1).from()).isEqualTo(ActionStatus.OPEN);

        assertThatThrownBy(() -> actions.updateStatus(account("ben.o"), action.id(), ActionStatus.DONE, ""))
                .hasMessage("You can only see the action log of your own teams.");
        assertThatThrownBy(() -> actions.actions(account("ward.manager"), north())).hasMessage("You can only see the action log of your own teams.");
    }

    @Test
    void overdueActionsShowForTheManager() {
        assertThat(actions.overdueForManager(account("manager"))).extracting(ActionPoint::description)
                .contains("Add a 'what could go well' box to our risk decision record");
        assertThat(actions.overdueForManager(account("ward.manager"))).isEmpty();
        // listed as a team's manager but without the manager role (e.g. the role was taken away): nothing
        Account manager = account("manager");
        Account withoutRole = new Account(manager.id(), manager.username(), manager.displayName(), true,
                java.util.Set.of(org.lantern.base.security.Role.STAFF), manager.teams());
        assertThat(actions.overdueForManager(withoutRole)).isEmpty();
        assertThat(actions.openActions(account("staff"), north())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void exportsAreSpreadsheetSafeAndReadable() throws Exception {
        actions.add(account("manager"), north(), "=HYPERLINK(\"http://x\")", null, null, ActionOrigin.DIRECT, null);
        String csv = new String(actions.actionsCsv(account("staff"), north()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains("Invite carers to reviews");
        byte[] pdf = actions.actionsPdf(account("staff"), north());
        String text = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Action log: Community Team North", "Invite carers to reviews");
    }

    @Test
    void originsAndStatusesAreStoredAsTheirKeysAndReadBackAsEnums() {
        LocalDate today = LocalDate.now(actions.clock());
        ActionPoint late = actions.add(account("manager"), north(), "Review the lone working policy", null, today.minusDays(1),
                ActionOrigin.SELF_REVIEW, 42L);
        assertThat(late.origin()).isEqualTo(ActionOrigin.SELF_REVIEW);
        assertThat(late.origin().label()).isEqualTo("Recovery self-review");
        assertThat(late.originId()).isEqualTo(42L);
        assertThat(late.overdue()).as("due yesterday and still open").isTrue();
        assertThat(actions.agreedIn(account("staff"), north(), ActionOrigin.SELF_REVIEW, 42L)).extracting(ActionPoint::id)
                .containsExactly(late.id());
        assertThat(actions.agreedIn(account("staff"), north(), ActionOrigin.SESSION, 42L)).isEmpty();
        ActionPoint done = actions.updateStatus(account("staff"), late.id(), ActionStatus.DONE, "Reviewed at the team meeting");
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.overdue()).as("a closed action is never overdue").isFalse();
        String csv = new String(actions.actionsCsv(account("staff"), north()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Community Team North,Review the lone working policy,The team," + today.minusDays(1) + ",done,,self_review,");
        assertThatThrownBy(() -> actions.agreedIn(account("ben.o"), north(), ActionOrigin.SESSION, 1L))
                .hasMessage("You can only see the action log of your own teams.");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
