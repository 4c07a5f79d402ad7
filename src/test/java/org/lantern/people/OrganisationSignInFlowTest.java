package org.lantern.people;

import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.AUDIT_EVENT;

/** Issue 15, "Single sign-on (OpenID Connect)": linked identities, against a real provider ({@link OrganisationSignInFlowBase}). */
class OrganisationSignInFlowTest extends OrganisationSignInFlowBase {

    @Test
    void aLinkedIdentitySignsInItsAccount() {
        Account account = newAccount("oidc-linked");
        links.link(people.findByUsername("admin").orElseThrow(), account.id(), issuer("first"), "subject-linked-1");
        nextSignIn("first", "subject-linked-1", Map.of("preferred_username", "whatever-the-provider-says"));

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");
        assertThat(organisationSignIns(account.username())).isEqualTo(1);
    }

    @Test
    void aNewIdentityWithAnAdministratorsUserNameIsRefused() {
        int before = organisationSignIns("admin");
        nextSignIn("first", "someone-new-" + UUID.randomUUID(), Map.of("preferred_username", "admin",
                "email", "admin@lantern.example", "email_verified", true, "name", "Admin"));

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/login?organisation");
        assertThat(organisationSignIns("admin")).isEqualTo(before);
    }

    @Test
    void anUnverifiedEmailGivesNoAccess() {
        Account account = newAccount("oidc-email");
        nextSignIn("first", "unverified-" + UUID.randomUUID(), Map.of("email", account.username() + "@example.org",
                "email_verified", false, "preferred_username", account.username()));

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/login?organisation");
        assertThat(organisationSignIns(account.username())).isZero();
    }

    @Test
    void twoProvidersWithTheSameSubjectDoNotCollide() {
        Account atFirst = newAccount("oidc-first");
        Account atSecond = newAccount("oidc-second");
        links.link(people.findByUsername("admin").orElseThrow(), atFirst.id(), issuer("first"), "shared-subject");
        links.link(people.findByUsername("admin").orElseThrow(), atSecond.id(), issuer("second"), "shared-subject");

        nextSignIn("second", "shared-subject", Map.of("preferred_username", atFirst.username()));
        assertThat(new Browser().signInWithProvider("second")).isEqualTo("/");
        nextSignIn("first", "shared-subject", Map.of("preferred_username", atSecond.username()));
        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");

        assertThat(organisationSignIns(atFirst.username())).isEqualTo(1);
        assertThat(organisationSignIns(atSecond.username())).isEqualTo(1);
    }

    @Test
    void aChangedUserNameClaimStillSignsInTheSameAccount() {
        Account account = newAccount("oidc-renamed");
        links.link(people.findByUsername("admin").orElseThrow(), account.id(), issuer("first"), "subject-renamed");

        nextSignIn("first", "subject-renamed", Map.of("preferred_username", "j.smith", "email", "j.smith@example.org"));
        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");
        nextSignIn("first", "subject-renamed", Map.of("preferred_username", "j.jones", "email", "j.jones@example.org"));
        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");

        assertThat(organisationSignIns(account.username())).isEqualTo(2);
    }

    @Test
    void aDisabledAccountIsRefusedEvenWhenLinked() {
        Account account = newAccount("oidc-disabled");
        links.link(people.findByUsername("admin").orElseThrow(), account.id(), issuer("first"), "subject-disabled");
        people.updateAccount(account.id(), account.displayName(), false, account.roles(), Set.of(), Set.of());
        nextSignIn("first", "subject-disabled", Map.of());

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/login?organisation=disabled");
        assertThat(organisationSignIns(account.username())).isZero();
    }

    @Test
    void anAdministratorIsReachedOnlyThroughAnIdentityLinkedToIt() {
        Account admin = newAccount("oidc-admin", Role.ADMIN, Role.STAFF);
        nextSignIn("first", "admin-subject", Map.of("preferred_username", admin.username()));
        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/login?organisation");

        links.link(people.findByUsername("admin").orElseThrow(), admin.id(), issuer("first"), "admin-subject");
        nextSignIn("first", "admin-subject", Map.of());
        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");
        assertThat(organisationSignIns(admin.username())).isEqualTo(1);
    }

    @Test
    void aPersonLinksTheirOwnIdentityAfterSigningInWithTheirPassword() {
        Account account = newAccount("oidc-self");
        Browser browser = new Browser();
        browser.signInWithPassword(account.username(), "a long enough password");
        nextSignIn("second", "self-linked", Map.of("preferred_username", "self.linked"));

        assertThat(browser.startLinking("second", true)).isEqualTo("/account?link=done");
        assertThat(links.linkedTo(account.id())).singleElement().satisfies(link -> {
            assertThat(link.issuer()).isEqualTo(issuer("second"));
            assertThat(link.subject()).isEqualTo("self-linked");
            assertThat(link.label()).isEqualTo("self.linked");
            assertThat(link.linkedBy()).isEqualTo(account.username());
        });
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.USERNAME.eq(account.username())
                .and(AUDIT_EVENT.DETAIL.startsWith("Linked own organisation sign-in")))).isEqualTo(1);

        // from now on the provider alone opens the account, in a browser that never used the password
        nextSignIn("second", "self-linked", Map.of());
        assertThat(new Browser().signInWithProvider("second")).isEqualTo("/");
        assertThat(organisationSignIns(account.username())).isEqualTo(2);
    }

    @Test
    void anIdentityLinkedToAnotherAccountIsNotLinkedAgain() {
        Account owner = newAccount("oidc-owner");
        Account other = newAccount("oidc-other");
        links.link(people.findByUsername("admin").orElseThrow(), owner.id(), issuer("first"), "owned-subject");
        Browser browser = new Browser();
        browser.signInWithPassword(other.username(), "a long enough password");
        nextSignIn("first", "owned-subject", Map.of());

        assertThat(browser.startLinking("first", true)).isEqualTo("/account?link=taken");
        assertThat(links.linkedTo(other.id())).isEmpty();
        assertThat(links.linkedTo(owner.id())).extracting(LinkedIdentity::subject).containsExactly("owned-subject");
    }

    @Test
    void linkingCannotBeForcedByAnotherSite() {
        Account victim = newAccount("oidc-victim");
        Browser victimBrowser = new Browser();
        victimBrowser.signInWithPassword(victim.username(), "a long enough password");

        // a cross-site form cannot carry the CSRF token: refused before anything starts
        assertThat(victimBrowser.startLinkingStatus("first", false)).isEqualTo(403);
        // a cross-site link (GET) is an ordinary sign-in, never linking: the attacker's identity is not linked
        nextSignIn("first", "attacker-subject", Map.of());
        assertThat(victimBrowser.follow(victimBrowser.get("/oauth2/authorization/first?link=account")))
                .isEqualTo("/login?organisation");

        // the attacker starts linking in their own session and hands the provider's answer to the victim
        Account attacker = newAccount("oidc-attacker");
        Browser attackerBrowser = new Browser();
        attackerBrowser.signInWithPassword(attacker.username(), "a long enough password");
        // (no subject queued: the answer never reaches the token endpoint, and a queued one would be left over)
        String callback = attackerBrowser.callbackWithoutFollowing("first");
        assertThat(victimBrowser.follow(victimBrowser.get(callback))).isEqualTo("/login?organisation=failed");

        assertThat(links.linkedTo(victim.id())).isEmpty();
        assertThat(links.linkedTo(attacker.id())).isEmpty();
    }

}
