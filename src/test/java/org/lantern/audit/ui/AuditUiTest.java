package org.lantern.audit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.audit.AuditEntry;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditFilter;
import org.lantern.audit.AuditService;
import org.lantern.base.ui.NotAllowedView;
import org.lantern.base.security.Account;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditUiTest extends KaribuTest {

    @Autowired
    AuditService audit;
    @Autowired
    PeopleService people;

    @Test
    @SuppressWarnings("unchecked")
    void administratorsSearchTheAuditTrail() {
        audit.record("audit-ui-person", AuditEventType.EXPORT, "Something downloaded");
        audit.record("audit-ui-person", AuditEventType.REPORT_VIEW, "Something viewed");
        signIn("admin");
        assertThat(open("admin/audit")).isInstanceOf(AuditView.class);
        Grid<AuditEntry> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(2);

        _get(TextField.class, spec -> spec.withLabel("Person (user name)")).setValue("audit-ui-person");
        assertThat(GridKt._findAll(grid)).extracting(AuditEntry::detail).containsExactly("Something viewed", "Something downloaded");
        ((Select<AuditEventType>) _get(Select.class, spec -> spec.withLabel("Event"))).setValue(AuditEventType.EXPORT);
        assertThat(GridKt._findAll(grid)).extracting(AuditEntry::detail).containsExactly("Something downloaded");

        _get(DatePicker.class, spec -> spec.withLabel("From")).setValue(LocalDate.now().plusDays(1));
        assertThat(GridKt._size(grid)).isZero();
        _get(DatePicker.class, spec -> spec.withLabel("To")).setValue(LocalDate.now());
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("lantern-error")).getFirst().getText())
                .isEqualTo("The 'From' day must be on or before the 'To' day.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download CSV")).getHref()).isNotBlank();
    }

    @Test
    void onlyAdministratorsMayOpenIt() {
        for (String user : List.of("staff", "manager", "evaluator", "editor")) {
            signIn(user);
            assertThat(open("admin/audit")).as(user).isInstanceOf(NotAllowedView.class);
        }
    }

    @Test
    void reloadingContentIsAudited() {
        signIn("editor");
        open("admin/content");
        _get(Button.class, spec -> spec.withText("Reload content")).click();
        assertThat(audit.search(people.findByUsername("admin").orElseThrow(), new AuditFilter("editor", AuditEventType.CONTENT_RELOAD, null, null), 0, 10))
                .extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d).startsWith("Content reload started from "));
    }

    @Test
    void theAccountPageOffersMyData() {
        signIn("staff");
        open("account");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download my data (ZIP)")).getHref()).isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorErasesAnAccountAfterTypingItsUserName() {
        Account person = people.createAccount(new NewAccount("audit-ui-erase", "Erase Me", "a long enough password",
                EnumSet.of(Role.STAFF), Set.of(), Set.of()));
        signIn("admin");
        open("admin/people");
        Grid<Account> grid = _find(Grid.class).getFirst();
        List<Account> rows = GridKt._findAll(grid);
        GridKt._clickItem(grid, rows.stream().map(Account::username).toList().indexOf("audit-ui-erase"));
        _get(Button.class, spec -> spec.withText("Erase account…")).click();

        TextField confirmation = _get(TextField.class, spec -> spec.withLabel("Type the user name 'audit-ui-erase' to confirm"));
        confirmation.setValue("someone-else");
        _get(Button.class, spec -> spec.withText("Erase account")).click();
        assertThat(_find(Div.class, spec -> spec.withClasses("lantern-error")).stream().map(Div::getText))
                .contains("Type the user name 'audit-ui-erase' exactly to confirm.");
        assertThat(people.findById(person.id()).orElseThrow().username()).isEqualTo("audit-ui-erase");

        confirmation.setValue("audit-ui-erase");
        _get(Button.class, spec -> spec.withText("Erase account")).click();
        assertThat(people.findById(person.id()).orElseThrow().username()).isEqualTo("erased-" + person.id());
        assertThat(GridKt._findAll(grid)).extracting(Account::username).contains("erased-" + person.id())
                .doesNotContain("audit-ui-erase");
    }

    /** Issue 15, "Database and audit": an administrator verifies the audit trail's hash chain from its page. */
    @Test
    void administratorsVerifyTheChainFromThePage() throws Exception {
        audit.record("audit-ui-chain", AuditEventType.EXPORT, "Something chained");
        signIn("admin");
        open("admin/audit");
        _get(Button.class, spec -> spec.withText("Verify audit trail")).click();
        Paragraph status = _find(Paragraph.class).stream()
                .filter(p -> "status".equals(p.getElement().getAttribute("role"))).findFirst().orElseThrow();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (status.getText().startsWith("Checking") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        assertThat(status.getText()).startsWith("The audit trail is intact: ").contains("Newest entry's hash: ");
        assertThat(status.hasClassName("lantern-error")).isFalse();
    }

    @Test
    void theSignInPageSaysWhenSignInIsPaused() {
        UI.getCurrent().navigate("login", QueryParameters.of("blocked", "15"));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Sign-in paused", "Try again in 15 minutes.");
        open("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
        assertThat(_find(Anchor.class, spec -> spec.withText("Sign in with your organisation"))).isEmpty();
    }
}
