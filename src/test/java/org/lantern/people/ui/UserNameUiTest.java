package org.lantern.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.security.Account;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleException;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumSet;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, "Sign-in and throttling", item 2: accounts are created under the one normal form of a user
 * name, and a user name with control or invisible characters is refused with a clear message.
 */
class UserNameUiTest extends KaribuTest {

    private static final String HIDDEN = "User names cannot contain control characters, invisible characters or "
            + "unusual spaces. Type the user name again rather than pasting it.";

    @Autowired
    PeopleService people;

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorIsToldWhyAUserNameWithAnInvisibleCharacterIsRefused() {
        signIn("admin");
        open("admin/people");
        _get(Button.class, spec -> spec.withText("Add an account")).click();
        _get(TextField.class, spec -> spec.withLabel("User name")).setValue("karibu\u200b.hidden");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Karibu Hidden");
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("a much longer password");
        _get(CheckboxGroup.class, spec -> spec.withLabel("Roles")).setValue(Set.of(Role.STAFF));
        _get(Button.class, spec -> spec.withText("Save")).click();
        assertThat(_find(Div.class, spec -> spec.withClasses("lantern-error")).stream().map(Div::getText)).contains(HIDDEN);
        assertThat(people.findByUsername("karibu.hidden")).isEmpty();
    }

    @Test
    void controlAndFormatCharactersAreRefusedAtAccountCreation() {
        for (String typed : new String[] {"name\u0000tail", "name-tail\u0007", "\u202ename-tail", "name\u00a0tail", "name\u2028tail"}) {
            assertThatThrownBy(() -> people.createAccount(account(typed))).as(typed)
                    .isInstanceOf(PeopleException.class).hasMessage(HIDDEN);
        }
    }

    @Test
    void accountsAreCreatedAndFoundUnderTheNormalFormOfTheirUserName() {
        // full-width capitals: NFKC, then lower case
        Account created = people.createAccount(account("ＷＩＤＥ-ＮＡＭＥ-７"));
        assertThat(created.username()).isEqualTo("wide-name-7");
        assertThat(people.findByUsername(" Wide-Name-7 ")).map(Account::id).contains(created.id());
        assertThat(people.findByUsername("ｗｉｄｅ-ｎａｍｅ-７")).map(Account::id).contains(created.id());
        assertThatThrownBy(() -> people.createAccount(account("WIDE-name-7")))
                .isInstanceOf(PeopleException.class).hasMessageContaining("already taken");
    }

    private static NewAccount account(String username) {
        return new NewAccount(username, "User Name Rules", "a much longer password", EnumSet.of(Role.STAFF), Set.of(), Set.of());
    }
}
