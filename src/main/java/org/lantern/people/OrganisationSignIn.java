package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.lantern.base.security.SecurityContexts;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Organisation sign-in (OpenID Connect). The identity the provider vouches for, its issuer and subject,
 * finds the Lantern account it was linked to ({@link IdentityLinks}), and nothing else does: no user name,
 * e-mail or other claim the person can edit at the provider is ever matched, so an administrator account
 * is reached only through an identity explicitly linked to it. Roles always come from the Lantern account.
 * With single sign-on provisioning on ({@link SsoProvisioning}), an identity linked to no account gets a new
 * one made from its claims (never taking over an existing account, never with administrator rights).
 * <p>
 * When the person started linking from their account page ({@link LinkingRequests}), the identity is
 * linked to the account signed in with a password in the same session instead.
 */
@Service
@RequiredArgsConstructor
class OrganisationSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** OAuth2 error codes; the sign-in page and the account page explain each. */
    static final String NOT_LINKED = "lantern_not_linked";
    static final String DISABLED = "lantern_account_disabled";
    static final String WRONG_ISSUER = "lantern_wrong_issuer";
    static final String LINK_TAKEN = "lantern_link_taken";
    static final String LINK_FAILED = "lantern_link_failed";

    /** How long a person may take at the provider between choosing to link and coming back. */
    static final Duration LINK_TIME = Duration.ofMinutes(15);
    /** Recorded as the user name of refused organisation sign-ins that match no account. */
    static final String UNLINKED = "(organisation sign-in)";

    private final OidcUserService provider = new OidcUserService();
    private final IdentityLinks links;
    private final SsoProvisioning provisioning;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityContexts contexts;

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return signInOrLink(request.getClientRegistration(), provider.loadUser(request), request.getAdditionalParameters(),
                contexts.authentication());
    }

    /**
     * The Lantern account for a person the provider has signed in, or, when the session started linking,
     * the account that is now linked to them.
     *
     * @param linking what {@link LinkingRequests} carried from the start of the sign-in (empty for a sign-in)
     * @param current who the session was signed in as when the provider sent the person back
     * @throws OAuth2AuthenticationException when the identity is not linked, the account is disabled, or
     *                                       linking is refused
     */
    LanternOidcUser signInOrLink(ClientRegistration registration, OidcUser person, Map<String, Object> linking,
                                 @Nullable Authentication current) {
        String issuer = checkedIssuer(registration, person);
        String subject = person.getIdToken().getSubject();
        if (linking.get(LinkingRequests.LINK_USERNAME) instanceof String username) {
            return link(username, linking.get(LinkingRequests.LINK_STARTED), issuer, subject, person, current);
        }
        Account account = account(issuer, subject, person).orElseThrow(() -> {
            events.publishEvent(new OrganisationSignInRefused(UNLINKED,
                    "No Lantern account is linked to this organisation sign-in: issuer " + issuer + ", subject " + subject));
            return refusal(NOT_LINKED, "This organisation sign-in is not linked to a Lantern account.");
        });
        if (!account.enabled()) {
            events.publishEvent(new OrganisationSignInRefused(account.username(), "Account disabled (organisation sign-in)"));
            throw refusal(DISABLED, "This Lantern account cannot sign in.");
        }
        return user(account.username(), account, person, false);
    }

    /** The linked account, or one single sign-on provisioning makes or brings up to date from the claims. */
    private Optional<Account> account(String issuer, String subject, OidcUser person) {
        try {
            return provisioning.accountFor(issuer, subject, person.getClaims(), label(person));
        } catch (PeopleException e) {
            events.publishEvent(new OrganisationSignInRefused(UNLINKED, "Single sign-on provisioning refused issuer "
                    + issuer + ", subject " + subject + ": " + e.getMessage()));
            throw refusal(NOT_LINKED, "This organisation sign-in cannot be given a Lantern account.");
        }
    }

    private LanternOidcUser link(String username, @Nullable Object started, String issuer, String subject,
                                 OidcUser person, @Nullable Authentication current) {
        // the session that comes back must still be the password sign-in that started linking
        if (!signedInWithPassword(current) || !username.equals(current.getName())) {
            throw refusal(LINK_FAILED, "The sign-in changed while linking.");
        }
        if (!(started instanceof Long at) || clock.millis() - at > LINK_TIME.toMillis()) {
            throw refusal(LINK_FAILED, "Linking took too long.");
        }
        return switch (links.linkOwn(username, issuer, subject, label(person))) {
            case LINKED_TO_SOMEONE_ELSE -> throw refusal(LINK_TAKEN, "This organisation sign-in belongs to another account.");
            case CANNOT_LINK -> throw refusal(LINK_FAILED, "This account cannot be linked.");
            case LINKED, ALREADY_LINKED -> user(username, links.accountFor(issuer, subject).orElseThrow(), person, true);
        };
    }

    /** Only a session signed in with a Lantern password may link an organisation sign-in to its account. */
    static boolean signedInWithPassword(@Nullable Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken token && token.isAuthenticated();
    }

    /**
     * The issuer the registration is configured for, which the ID token must name exactly: a provider can
     * then never vouch for identities of another provider (the link is to issuer and subject together).
     */
    private String checkedIssuer(ClientRegistration registration, OidcUser person) {
        String expected = IdentityLinks.issuerOf(registration);
        String claimed = person.getIdToken().getClaimAsString("iss");
        if (expected == null || !expected.equals(claimed)) {
            events.publishEvent(new OrganisationSignInRefused(UNLINKED, "Organisation sign-in refused: registration '"
                    + registration.getRegistrationId() + "' expects issuer " + expected + " but the ID token names " + claimed));
            throw refusal(WRONG_ISSUER, "The identity provider is not set up with its issuer address.");
        }
        return expected;
    }

    /** What to call the identity on the account page: shown only, never matched. */
    private static String label(OidcUser person) {
        return Stream.of("preferred_username", "email", "name")
                .map(person::<Object>getClaim).filter(v -> v instanceof String s && !s.isBlank())
                .map(Object::toString).findFirst().orElse("");
    }

    private static LanternOidcUser user(String username, Account account, OidcUser person, boolean linkedNow) {
        return new LanternOidcUser(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                person.getIdToken(), person.getUserInfo(), username, linkedNow);
    }

    private static OAuth2AuthenticationException refusal(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
