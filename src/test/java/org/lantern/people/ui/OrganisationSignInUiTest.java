package org.lantern.people.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.security.Account;
import org.lantern.people.IdentityLinks;
import org.lantern.people.LinkedIdentity;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.AUDIT_EVENT;

/**
 * Issue 15, "Single sign-on (OpenID Connect)": administrators see, add and remove an account's linked
 * identities on the people page; people see theirs on My account and, after a password sign-in, get a
 * form that starts linking (a POST carrying the CSRF token).
 */
class OrganisationSignInUiTest extends KaribuTest {

    private static final String ISSUER = "https://login.example.org";

    @Autowired
    PeopleService people;
    @Autowired
    IdentityLinks links;
    @Autowired
    DSLContext db;

    private Account newAccount() {
        String name = "ui-sso-" + UUID.randomUUID().toString().substring(0, 8);
        return people.createAccount(new NewAccount(name, "Sso " + name, "a long enough password",
                EnumSet.of(Role.STAFF), Set.of(), Set.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorLinksAndRemovesAnIdentityOnThePeoplePage() {
        Account account = newAccount();
        signIn("admin");
        open("admin/people");
        _get(TextField.class, spec -> spec.withLabel("Find a person")).setValue(account.username());
        Grid<Account> accounts = _find(Grid.class).getFirst();
        assertThat(GridKt._getFormattedRow(accounts, 0)).contains("not linked");
        GridKt._clickItem(accounts, 0);
        _get(Button.class, spec -> spec.withText("Organisation sign-in…")).click();

        ComboBoxKt._fireCustomValueSet(_get(ComboBox.class, spec -> spec.withLabel("Issuer")), ISSUER);
        _get(TextField.class, spec -> spec.withLabel("Subject")).setValue("ui-subject-" + account.username());
        _get(Button.class, spec -> spec.withText("Link")).click();

        assertThat(links.linkedTo(account.id())).extracting(LinkedIdentity::issuer, LinkedIdentity::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ISSUER, "ui-subject-" + account.username()));
        Grid<LinkedIdentity> linked = _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Linked organisation sign-in identities")).findFirst().orElseThrow();
        assertThat(GridKt._size(linked)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(accounts, 0)).contains("1 linked");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.USERNAME.eq("admin")
                .and(AUDIT_EVENT.DETAIL.contains("linked to '" + account.username() + "' by an administrator")))).isEqualTo(1);

        ((Button) GridKt._getCellComponent(linked, 0, "remove")).click();
        assertThat(links.linkedTo(account.id())).isEmpty();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.USERNAME.eq("admin")
                .and(AUDIT_EVENT.DETAIL.contains("link removed from '" + account.username() + "'")))).isEqualTo(1);
    }

    @Test
    void aPersonSeesTheirLinkedIdentitiesOnMyAccount() {
        Account account = newAccount();
        links.link(people.findByUsername("admin").orElseThrow(), account.id(), ISSUER, "mine-" + account.username());
        signIn(account.username());
        open("account");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(t -> t.contains(ISSUER));
    }

    @Test
    void theSignInPageExplainsHowToLinkAnUnlinkedIdentity() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("organisation", "")));
        var login = _get(com.vaadin.flow.component.login.LoginForm.class);
        assertThat(login.isError()).isTrue();
        assertThat(String.valueOf(login.getElement().getPropertyRaw("i18n")))
                .contains("Sign in once with your Lantern user name and password", "Link your organisation sign-in",
                        "ask a Lantern administrator");
    }

    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("organisation").clientId("lantern").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                .authorizationUri(ISSUER + "/authorize").tokenUri(ISSUER + "/token").jwkSetUri(ISSUER + "/jwks")
                .issuerUri(ISSUER).clientName("Our organisation").build();
    }

    @Test
    void afterAPasswordSignInTheAccountPageOffersAFormThatStartsLinking() {
        var csrf = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-value");
        OrganisationSignInSection section = new OrganisationSignInSection(List.of(), List.of(registration()), true, csrf);

        Element form = descendants(section.getElement()).filter(e -> e.getTag().equals("form")).findFirst().orElseThrow();
        assertThat(form.getAttribute("method")).isEqualTo("post");
        assertThat(form.getAttribute("action")).isEqualTo("oauth2/authorization/organisation");
        assertThat(descendants(form).filter(e -> e.getTag().equals("input"))
                .collect(Collectors.toMap(e -> e.getAttribute("name"), e -> e.getAttribute("value"))))
                .containsEntry("_csrf", "token-value").containsEntry("link", "account");
        assertThat(descendants(form).filter(e -> e.getTag().equals("button")).map(Element::getText))
                .containsExactly("Link your organisation sign-in");

        // after an organisation sign-in there is no form: linking needs the password
        OrganisationSignInSection viaProvider = new OrganisationSignInSection(List.of(new LinkedIdentity(1, 1, ISSUER,
                "s", "j.smith", "admin", OffsetDateTime.now())), List.of(registration()), false, csrf);
        assertThat(descendants(viaProvider.getElement()).filter(e -> e.getTag().equals("form"))).isEmpty();
        assertThat(viaProvider.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()))
                .anyMatch(t -> t.contains("sign in with your Lantern user name and password first"));

        viaProvider.showOutcome("taken");
        assertThat(viaProvider.getChildren().filter(Div.class::isInstance).map(c -> ((Div) c).getText()))
                .anyMatch(t -> t.contains("already linked to another Lantern account"));
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().filter(e -> !e.isTextNode())
                .flatMap(OrganisationSignInUiTest::descendants));
    }
}
