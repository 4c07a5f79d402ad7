package org.lantern.people;

import org.lantern.base.security.Role;

import org.lantern.base.security.Account;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.audit.DataRightsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.core.userdetails.User;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, "Single sign-on (OpenID Connect)": an identity finds only the account it was linked to, by
 * issuer and subject; claims the person can edit at the provider never choose an account. (The same
 * through real redirects and a real provider: {@link OrganisationSignInFlowTest}.)
 */
@LanternTest
class OrganisationSignInTest {

    private static final String ISSUER = "https://login.example.org";

    @Autowired
    OrganisationSignIn signIn;
    @Autowired
    IdentityLinks links;
    @Autowired
    PeopleService people;
    @Autowired
    DataRightsService dataRights;

    private static ClientRegistration registration(String issuer) {
        return ClientRegistration.withRegistrationId("organisation").clientId("lantern").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                .authorizationUri(issuer + "/authorize").tokenUri(issuer + "/token").jwkSetUri(issuer + "/jwks")
                .issuerUri(issuer).userNameAttributeName("sub").build();
    }

    /** What an identity provider would vouch for, with roles of its own that Lantern must ignore. */
    private static OidcUser fromProvider(String issuer, String subject, Map<String, Object> extraClaims) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("iss", issuer);
        claims.putAll(extraClaims);
        OidcIdToken token = new OidcIdToken("token-value", Instant.now(), Instant.now().plusSeconds(300), claims);
        return new DefaultOidcUser(AuthorityUtils.createAuthorityList("ROLE_admin", "SCOPE_openid"), token, "sub");
    }

    private LanternOidcUser signIn(String subject, Map<String, Object> claims) {
        return signIn.signInOrLink(registration(ISSUER), fromProvider(ISSUER, subject, claims), Map.of(), null);
    }

    private Account newAccount(String prefix, Role... roles) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return people.createAccount(new NewAccount(name, "Person " + name, "a long enough password",
                roles.length == 0 ? EnumSet.of(Role.STAFF) : EnumSet.of(roles[0], roles), Set.of(), Set.of()));
    }

    private static String code(Throwable e) {
        return ((OAuth2AuthenticationException) e).getError().getErrorCode();
    }

    private static Authentication passwordSignIn(String username) {
        var user = User.withUsername(username).password("").authorities("ROLE_staff").build();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Test
    void aLinkedIdentityOpensItsAccountWithLanternsRolesOnly() {
        Account manager = newAccount("sso-manager", Role.MANAGER, Role.STAFF);
        links.link(people.findByUsername("admin").orElseThrow(), manager.id(), ISSUER, "subject-" + manager.username());

        LanternOidcUser user = signIn("subject-" + manager.username(), Map.of("preferred_username", "admin"));

        assertThat(user.getUsername()).isEqualTo(manager.username());
        assertThat(user.getName()).isEqualTo(manager.username());
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder(Role.STAFF.authority(), Role.MANAGER.authority());
    }

    @Test
    void noClaimChoosesAnAccount() {
        for (Map<String, Object> claims : java.util.List.<Map<String, Object>>of(
                Map.of("preferred_username", "admin"), Map.of("preferred_username", " Manager "),
                Map.of("email", "admin@lantern.example", "email_verified", true), Map.of("upn", "editor"),
                Map.of("email", "staff@lantern.example", "email_verified", false))) {
            assertThatThrownBy(() -> signIn("unlinked-" + UUID.randomUUID(), claims))
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .satisfies(e -> assertThat(code(e)).isEqualTo(OrganisationSignIn.NOT_LINKED));
        }
    }

    @Test
    void aDisabledAccountIsRefused() {
        Account disabled = newAccount("sso-disabled");
        links.link(people.findByUsername("admin").orElseThrow(), disabled.id(), ISSUER, "subject-" + disabled.username());
        people.updateAccount(disabled.id(), disabled.displayName(), false, disabled.roles(), Set.of(), Set.of());

        assertThatThrownBy(() -> signIn("subject-" + disabled.username(), Map.of()))
                .satisfies(e -> assertThat(code(e)).isEqualTo(OrganisationSignIn.DISABLED));
    }

    @Test
    void aProviderCannotVouchForAnotherProvidersIdentities() {
        Account account = newAccount("sso-issuer");
        links.link(people.findByUsername("admin").orElseThrow(), account.id(), ISSUER, "subject-" + account.username());
        // a token from the provider registered as https://other.example.org naming the first issuer
        OidcUser forged = fromProvider(ISSUER, "subject-" + account.username(), Map.of());

        assertThatThrownBy(() -> signIn.signInOrLink(registration("https://other.example.org"), forged, Map.of(), null))
                .satisfies(e -> assertThat(code(e)).isEqualTo(OrganisationSignIn.WRONG_ISSUER));
    }

    @Test
    void administratorsLinkAndUnlinkIdentitiesOthersCannot() {
        Account account = newAccount("sso-admin-links");
        assertThatThrownBy(() -> links.link(people.findByUsername("staff").orElseThrow(), account.id(), ISSUER, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.link(people.findByUsername("admin").orElseThrow(), account.id(), "login.example.org", "x"))
                .isInstanceOf(PeopleException.class).hasMessageContaining("https://");
        assertThatThrownBy(() -> links.link(people.findByUsername("admin").orElseThrow(), account.id(), ISSUER, " "))
                .isInstanceOf(PeopleException.class).hasMessageContaining("subject");

        LinkedIdentity link = links.link(people.findByUsername("admin").orElseThrow(), account.id(), ISSUER + " ", " sub-" + account.username());
        assertThat(link.issuer()).isEqualTo(ISSUER);
        assertThat(link.subject()).isEqualTo("sub-" + account.username());
        assertThat(link.linkedBy()).isEqualTo("admin");
        Account other = newAccount("sso-admin-other");
        assertThatThrownBy(() -> links.link(people.findByUsername("admin").orElseThrow(), other.id(), ISSUER, "sub-" + account.username()))
                .isInstanceOf(PeopleException.class).hasMessageContaining(account.username());
        // the same subject at another provider is another identity
        links.link(people.findByUsername("admin").orElseThrow(), other.id(), "https://second.example.org", "sub-" + account.username());
        assertThat(links.linkCounts()).containsEntry(account.id(), 1).containsEntry(other.id(), 1);

        assertThatThrownBy(() -> links.unlink(people.findByUsername("staff").orElseThrow(), link.id())).isInstanceOf(AccessDeniedException.class);
        links.unlink(people.findByUsername("admin").orElseThrow(), link.id());
        assertThat(links.linkedTo(account.id())).isEmpty();
        assertThatThrownBy(() -> signIn("sub-" + account.username(), Map.of()))
                .satisfies(e -> assertThat(code(e)).isEqualTo(OrganisationSignIn.NOT_LINKED));
    }

    @Test
    void linkingNeedsThePasswordSessionThatStartedIt() {
        Account account = newAccount("sso-self");
        String subject = "self-" + account.username();
        Map<String, Object> started = Map.of(LinkingRequests.LINK_USERNAME, account.username(),
                LinkingRequests.LINK_STARTED, System.currentTimeMillis());
        OidcUser person = fromProvider(ISSUER, subject, Map.of("preferred_username", "self.person"));

        // another account signed in meanwhile (a shared computer), or an organisation sign-in session
        assertThatThrownBy(() -> signIn.signInOrLink(registration(ISSUER), person, started, passwordSignIn("staff")))
                .satisfies(e -> assertThat(code(e)).isEqualTo(OrganisationSignIn.LINK_FAILED));
        Authentication viaProvider = new OAuth2AuthenticationToken(
                new DefaultOidcUser(AuthorityUtils.NO_AUTHORITIES, person.getIdToken()), AuthorityUtils.NO_AUTHORITIES, "x");
        assertThatThrownBy(() -> signIn.signInOrLink(registration(ISSUER), person, started, viaProvider))
                .satisfies(e -> assertThat(code(e)).isEqualTo(OrganisationSignIn.LINK_FAILED));
        // too long at the provider
        Map<String, Object> stale = Map.of(LinkingRequests.LINK_USERNAME, account.username(), LinkingRequests.LINK_STARTED,
                System.currentTimeMillis() - OrganisationSignIn.LINK_TIME.toMillis() - 1000);
        assertThatThrownBy(() -> signIn.signInOrLink(registration(ISSUER), person, stale, passwordSignIn(account.username())))
                .satisfies(e -> assertThat(code(e)).isEqualTo(OrganisationSignIn.LINK_FAILED));
        assertThat(links.linkedTo(account.id())).isEmpty();

        LanternOidcUser linked = signIn.signInOrLink(registration(ISSUER), person, started, passwordSignIn(account.username()));
        assertThat(linked.getUsername()).isEqualTo(account.username());
        assertThat(linked.linkedNow()).isTrue();
        assertThat(links.linkedTo(account.id())).extracting(LinkedIdentity::subject, LinkedIdentity::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(subject, "self.person"));
    }

    @Test
    void erasingAnAccountRemovesItsLinks() {
        Account account = newAccount("sso-erased");
        links.link(people.findByUsername("admin").orElseThrow(), account.id(), ISSUER, "subject-" + account.username());

        dataRights.erase(people.findByUsername("admin").orElseThrow(), account.id(), account.username());

        assertThat(links.linkedTo(account.id())).isEmpty();
        assertThatThrownBy(() -> links.link(people.findByUsername("admin").orElseThrow(), account.id(), ISSUER, "again")).isInstanceOf(PeopleException.class);
    }
}
