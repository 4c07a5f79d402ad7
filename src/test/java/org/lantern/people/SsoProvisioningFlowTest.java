package org.lantern.people;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.ACCOUNT_IDENTITY;
import static org.lantern.db.Tables.AUDIT_EVENT;

/**
 * Issue 20, single sign-on provisioning, against the real provider of {@link OrganisationSignInFlowBase}: the first
 * sign-in of an unknown person creates their account from the mapped claims; later sign-ins find it again and follow
 * the claims; administrator rights never come from a claim; a disabled account stays shut. Provisioning is switched
 * on for these tests only, through {@link SsoProvisioning#use}, in the suite's one organisation sign-in context.
 */
class SsoProvisioningFlowTest extends OrganisationSignInFlowBase {

    @Autowired
    SsoProvisioning provisioning;
    @Autowired
    ScimPeople scim;

    private SsoProvisioningProperties before;
    private String ward;
    private String community;

    @BeforeEach
    void switchOn() {
        before = provisioning.rules();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ward = "Ward " + unique;
        community = "Community " + unique;
        provisioning.use(rules(SsoProvisioningProperties.Unmapped.STAFF));
    }

    @AfterEach
    void switchBack() {
        provisioning.use(before);
    }

    private SsoProvisioningProperties rules(SsoProvisioningProperties.Unmapped unmapped) {
        return new SsoProvisioningProperties(true, "preferred_username", "groups", "groups",
                Map.of("ward-staff", ward, "community-staff", community), Map.of("ward-leads", ward),
                Map.of("ward-leads", "manager", "evaluators", "evaluator"), unmapped, "oid");
    }

    private static String someone() {
        return "sso-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private static List<String> teams(Account account) {
        return account.teams().stream().map(t -> t.teamName() + (t.manager() ? " (manager)" : "")).toList();
    }

    @Test
    void theFirstSignInCreatesTheAccountWithItsMappedTeamAndRole() {
        String name = someone();
        nextSignIn("first", "subject-" + name, Map.of("preferred_username", name + "@trust.nhs.example",
                "name", "Sam Provisioned", "email", name + "@trust.nhs.example", "email_verified", true,
                "groups", List.of("Ward-Leads", "ward-staff", "an-unmapped-group")));

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");

        Account account = account(name);
        assertThat(account.displayName()).isEqualTo("Sam Provisioned");
        assertThat(account.roles()).containsExactly(Role.MANAGER);
        assertThat(teams(account)).containsExactly(ward + " (manager)");
        assertThat(account.manages(account.teams().getFirst().teamId())).isTrue();
        assertThat(links.linkedTo(account.id())).singleElement()
                .satisfies(l -> assertThat(l.linkedBy()).isEqualTo(SsoProvisioning.LINKED_BY));
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.USERNAME.eq(name)
                .and(AUDIT_EVENT.DETAIL.startsWith("Account created by single sign-on")))).isEqualTo(1);
        assertThat(organisationSignIns(name)).isEqualTo(1);
    }

    @Test
    void aSecondSignInFindsTheSameAccountAndFollowsTheClaims() {
        String name = someone();
        nextSignIn("first", "subject-" + name, Map.of("preferred_username", name, "groups", List.of("ward-staff")));
        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");
        long id = account(name).id();

        // moved to the community team and made an evaluator at the provider; renamed there too
        nextSignIn("first", "subject-" + name, Map.of("preferred_username", "renamed-" + name,
                "groups", List.of("community-staff", "evaluators")));
        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");

        assertThat(people.allAccounts().stream().filter(a -> a.username().endsWith(name))).singleElement()
                .satisfies(a -> assertThat(a.id()).isEqualTo(id));
        Account account = account(name);
        assertThat(account.roles()).containsExactly(Role.EVALUATOR);
        assertThat(teams(account)).containsExactly(community);
        assertThat(db.fetchCount(ACCOUNT_IDENTITY, ACCOUNT_IDENTITY.ACCOUNT_ID.eq(id))).isEqualTo(1);
        assertThat(organisationSignIns(name)).isEqualTo(2);
    }

    @Test
    void anAdministratorClaimGivesNoAdministratorRights() {
        String name = someone();
        nextSignIn("first", "subject-" + name, Map.of("preferred_username", name,
                "groups", List.of("admin", "Administrators", "ADMIN"), "roles", List.of("admin")));

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");

        assertThat(account(name).roles()).containsExactly(Role.STAFF);
        assertThat(account(name).teams()).isEmpty();
    }

    @Test
    void anUnmappedPersonIsRefusedWhenTheOrganisationChoosesSo() {
        provisioning.use(rules(SsoProvisioningProperties.Unmapped.REFUSE));
        String name = someone();
        nextSignIn("first", "subject-" + name, Map.of("preferred_username", name, "groups", List.of("finance")));

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/login?organisation");
        assertThat(people.findByUsername(name)).isEmpty();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.DETAIL.contains("subject-" + name)
                .and(AUDIT_EVENT.DETAIL.contains("is refuse")))).isEqualTo(1);
    }

    @Test
    void anExistingAccountWithTheSameUserNameIsNeverTakenOver() {
        Account existing = newAccount("sso-existing", Role.EDITOR);
        nextSignIn("first", "subject-" + existing.username(), Map.of("preferred_username", existing.username(),
                "groups", List.of("ward-staff")));

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/login?organisation");
        assertThat(links.linkedTo(existing.id())).isEmpty();
        assertThat(account(existing.username()).roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void aDisabledProvisionedAccountCannotSignInAndIsNotChanged() {
        String name = someone();
        nextSignIn("first", "subject-" + name, Map.of("preferred_username", name, "groups", List.of("ward-staff")));
        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");
        Account account = account(name);
        people.updateAccount(account.id(), account.displayName(), false, account.roles(), Set.of(), Set.of());

        nextSignIn("first", "subject-" + name, Map.of("preferred_username", name, "groups", List.of("ward-staff")));
        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/login?organisation=disabled");

        assertThat(account(name).enabled()).isFalse();
        assertThat(account(name).teams()).isEmpty();
        assertThat(people.allAccounts().stream().filter(a -> a.username().startsWith(name))).hasSize(1);
    }

    @Test
    void anAccountScimCreatedOpensThroughTheIdentityWithItsExternalId() {
        String name = someone();
        String objectId = UUID.randomUUID().toString();
        ScimPeople.User pushed = scim.create(new ScimPeople.UserChange(name + "@trust.example", "Pat Pushed", null, true,
                objectId, null));
        nextSignIn("first", "pairwise-" + name, Map.of("preferred_username", "someone-else", "oid", objectId,
                "groups", List.of("ward-staff")));

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/");

        assertThat(organisationSignIns(name)).isEqualTo(1);
        assertThat(links.linkedTo(pushed.id())).singleElement()
                .satisfies(l -> assertThat(l.linkedBy()).isEqualTo(SsoProvisioning.LINKED_BY_SCIM_ID));
        assertThat(account(name).teams()).as("SCIM's account does not follow claims").isEmpty();
        assertThat(people.findByUsername("someone-else")).isEmpty();
    }

    @Test
    void withProvisioningOffAnUnknownPersonIsStillRefused() {
        provisioning.use(SsoProvisioningProperties.OFF);
        String name = someone();
        nextSignIn("first", "subject-" + name, Map.of("preferred_username", name, "groups", List.of("ward-staff")));

        assertThat(new Browser().signInWithProvider("first")).isEqualTo("/login?organisation");
        assertThat(people.findByUsername(name)).isEmpty();
    }
}
