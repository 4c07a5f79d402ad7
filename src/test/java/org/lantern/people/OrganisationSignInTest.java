package org.lantern.people;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.audit.AuditService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Organisation sign-in matches the person to a Lantern account by one claim; roles come from Lantern. */
@LanternTest
class OrganisationSignInTest {

    @Autowired
    OrganisationSignIn signIn;
    @Autowired
    PeopleRepository repository;
    @Autowired
    AuditService audit;
    @Autowired
    PeopleService people;

    /** What an identity provider would vouch for, with roles of its own that Lantern must ignore. */
    private static OidcUser fromProvider(Map<String, Object> extraClaims) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "idp-subject-123");
        claims.put("iss", "https://login.example.org");
        claims.putAll(extraClaims);
        OidcIdToken token = new OidcIdToken("token-value", Instant.now(), Instant.now().plusSeconds(300), claims);
        return new DefaultOidcUser(AuthorityUtils.createAuthorityList("ROLE_admin", "SCOPE_openid"), token, "sub");
    }

    @Test
    void theClaimNamesTheLanternAccountWhoseRolesApply() {
        LanternOidcUser user = signIn.match(fromProvider(Map.of("preferred_username", " Manager ")));
        assertThat(user.getUsername()).isEqualTo("manager");
        assertThat(user.getName()).isEqualTo("manager");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder(Role.STAFF.authority(), Role.MANAGER.authority());
        assertThat(user.getIdToken().getSubject()).isEqualTo("idp-subject-123");
    }

    @Test
    void unknownMissingOrDisabledAccountsAreRefused() {
        assertThatThrownBy(() -> signIn.match(fromProvider(Map.of("preferred_username", "nobody-here"))))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo(OrganisationSignIn.NO_ACCOUNT));
        assertThatThrownBy(() -> signIn.match(fromProvider(Map.of("email", "staff@example.org"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
        Account disabled = people.createAccount(new NewAccount("oidc-disabled", "Disabled Person", "a long enough password",
                EnumSet.of(Role.STAFF), Set.of(), Set.of()));
        people.updateAccount(disabled.id(), disabled.displayName(), false, disabled.roles(), Set.of(), Set.of());
        assertThatThrownBy(() -> signIn.match(fromProvider(Map.of("preferred_username", "oidc-disabled"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void theClaimIsConfigurable() {
        OrganisationSignIn byEmail = new OrganisationSignIn(repository, new OidcProperties("upn"), audit);
        assertThat(byEmail.match(fromProvider(Map.of("upn", "editor", "preferred_username", "admin"))).getUsername())
                .isEqualTo("editor");
    }
}
