package org.lantern.people;

import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisation sign-in (OpenID Connect): matches the person the identity provider vouches for to an
 * existing, enabled Lantern account through one claim ({@code lantern.oidc.username-claim}). Roles
 * always come from the Lantern account, never from the provider; people without an account are
 * refused (and the refusal is audited).
 */
@Service
class OrganisationSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The OAuth2 error code when no Lantern account matches; the sign-in page explains it. */
    static final String NO_ACCOUNT = "lantern_no_account";

    private final OidcUserService provider = new OidcUserService();
    private final PeopleRepository repository;
    private final OidcProperties properties;
    private final AuditService audit;

    OrganisationSignIn(PeopleRepository repository, OidcProperties properties, AuditService audit) {
        this.repository = repository;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return match(provider.loadUser(request));
    }

    /**
     * The Lantern account for a person the identity provider has signed in.
     *
     * @throws OAuth2AuthenticationException when the claim is missing or names no enabled account
     */
    @Transactional(readOnly = true)
    LanternOidcUser match(OidcUser person) {
        Object claim = person.getClaims().get(properties.usernameClaim());
        String username = claim instanceof String text ? PeopleService.normaliseUsername(text) : "";
        var credentials = username.isEmpty() ? java.util.Optional.<PeopleRepository.Credentials>empty()
                : repository.findCredentials(username).filter(PeopleRepository.Credentials::enabled);
        if (credentials.isEmpty()) {
            audit.record(username.isEmpty() ? "(no " + properties.usernameClaim() + ")" : username,
                    AuditEventType.SIGN_IN_FAILED, "No enabled Lantern account for this organisation sign-in (claim "
                            + properties.usernameClaim() + ")");
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT,
                    "Your organisation account is not linked to a Lantern account.", null));
        }
        var account = credentials.get();
        return new LanternOidcUser(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                person.getIdToken(), person.getUserInfo(), account.username());
    }
}
