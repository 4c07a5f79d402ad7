package org.lantern.people.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.people.SetupCodes;
import org.lantern.people.SetupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.ACCOUNT_ROLE;

class PeopleUiTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    DSLContext db;
    @Autowired
    SetupService setup;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsAnAccountAndSeesItListed() {
        signIn("admin");
        open("admin/people");
        _get(Button.class, spec -> spec.withText("Add an account")).click();
        _get(TextField.class, spec -> spec.withLabel("User name")).setValue("karibu.new");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Karibu New");
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("short");
        _get(CheckboxGroup.class, spec -> spec.withLabel("Roles")).setValue(Set.of(Role.STAFF));
        _get(Button.class, spec -> spec.withText("Save")).click();
        assertThat(_find(Div.class, spec -> spec.withClasses("lantern-error")).stream().map(Div::getText))
                .contains("Passwords need at least 10 characters. A few unrelated words make a strong one.");

        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("a much longer password");
        _get(Button.class, spec -> spec.withText("Save")).click();
        Grid<Account> grid = _find(Grid.class).getFirst();
        assertThat(GridKt._findAll(grid)).extracting(Account::username).contains("karibu.new");
        assertThat(people.findByUsername("karibu.new")).get().extracting(Account::roles).isEqualTo(Set.of(Role.STAFF));
    }

    @Test
    void peopleChangeTheirOwnPassword() {
        signIn("editor");
        open("account");
        _get(PasswordField.class, spec -> spec.withLabel("Current password")).setValue("wrong");
        _get(PasswordField.class, spec -> spec.withLabel("New password")).setValue("a brand new password");
        _get(PasswordField.class, spec -> spec.withLabel("New password again")).setValue("a brand new password");
        _get(Button.class, spec -> spec.withText("Change password")).click();
        assertThat(_find(Div.class, spec -> spec.withClasses("lantern-error")).stream().map(Div::getText))
                .contains("Your current password is not right.");
    }

    /**
     * Issue 15 ("API and browser", setup page): the page refuses to create the administrator without
     * the one-time setup code from the log, or with a wrong one, and creates it with the right one.
     */
    @Test
    @Transactional
    void withoutAnAdministratorTheSetupPageCreatesTheFirstOneWithTheSetupCodeAndThenDisappears() {
        db.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ROLE.eq("admin")).execute();
        assertThat(open("login")).isInstanceOf(SetupView.class);
        _get(TextField.class, spec -> spec.withLabel("User name")).setValue("chief");
        _get(TextField.class, spec -> spec.withLabel("Your name")).setValue("Chief Admin");
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("a long admin password");
        _get(PasswordField.class, spec -> spec.withLabel("Password again")).setValue("a long admin password");
        _get(Button.class, spec -> spec.withText("Create administrator")).click();
        assertThat(_get(Div.class, spec -> spec.withClasses("lantern-error")).getText())
                .startsWith("That setup code is not right.");
        _get(PasswordField.class, spec -> spec.withLabel("Setup code")).setValue("AAAA-BBBB-CCCC");
        _get(Button.class, spec -> spec.withText("Create administrator")).click();
        assertThat(_get(Div.class, spec -> spec.withClasses("lantern-error")).getText())
                .startsWith("That setup code is not right.");
        assertThat(people.findByUsername("chief")).isEmpty();

        // the code as printed in the log (a new one, as after a restart)
        _get(PasswordField.class, spec -> spec.withLabel("Setup code")).setValue(SetupCodes.issue(setup));
        _get(Button.class, spec -> spec.withText("Create administrator")).click();
        assertThat(people.findByUsername("chief")).get().satisfies(a -> assertThat(a.roles()).contains(Role.ADMIN));
        assertThat(open("setup")).isInstanceOf(LoginView.class);
    }
}
