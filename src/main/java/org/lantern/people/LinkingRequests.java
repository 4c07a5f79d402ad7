package org.lantern.people;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.lantern.base.security.SecurityContexts;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries "link this identity to the account signed in here" through the provider and back, bound to
 * the session that started it:
 * <ol>
 * <li>the account page posts {@code link} to {@code /oauth2/authorization/<registration>} (a POST, so the
 * CSRF token is checked: another site cannot start it) while signed in with a password;</li>
 * <li>{@link Resolver} records the signed-in user name in the authorization request, which Spring Security
 * keeps in that session and finds again only through the {@code state} the provider sends back (and
 * whose nonce the ID token must carry);</li>
 * <li>{@link Carrier} hands it to {@link OrganisationSignIn} with the token response (removing any
 * parameter of that name the provider may have sent).</li>
 * </ol>
 */
final class LinkingRequests {

    /** The form field that asks to link rather than sign in. */
    static final String LINK_PARAMETER = "link";
    static final String LINK_USERNAME = "lantern_link_username";
    static final String LINK_STARTED = "lantern_link_started";

    private LinkingRequests() {
    }

    /** The default authorization requests, with the linking intent added to a password session's POSTed {@code link}. */
    static final class Resolver implements OAuth2AuthorizationRequestResolver {

        private final DefaultOAuth2AuthorizationRequestResolver delegate;
        private final Clock clock;
        private final SecurityContexts contexts;

        Resolver(ClientRegistrationRepository registrations, Clock clock, SecurityContexts contexts) {
            this.contexts = contexts;
            this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                    OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            this.clock = clock;
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
            return withIntent(request, delegate.resolve(request));
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
            return withIntent(request, delegate.resolve(request, registrationId));
        }

        private @Nullable OAuth2AuthorizationRequest withIntent(HttpServletRequest request,
                                                                @Nullable OAuth2AuthorizationRequest authorization) {
            if (authorization == null || !"POST".equals(request.getMethod()) || request.getParameter(LINK_PARAMETER) == null) {
                return authorization;
            }
            Authentication signedIn = contexts.authentication();
            if (!OrganisationSignIn.signedInWithPassword(signedIn)) {
                return authorization; // nothing to link to: an ordinary organisation sign-in
            }
            String username = signedIn.getName();
            long now = clock.millis();
            return OAuth2AuthorizationRequest.from(authorization)
                    .attributes(attributes -> {
                        attributes.put(LINK_USERNAME, username);
                        attributes.put(LINK_STARTED, now);
                    }).build();
        }
    }

    /** The default token request, with the linking intent of the authorization request added to its answer. */
    static final class Carrier implements OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> {

        private final OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> delegate =
                new RestClientAuthorizationCodeTokenResponseClient();

        @Override
        public OAuth2AccessTokenResponse getTokenResponse(OAuth2AuthorizationCodeGrantRequest grant) {
            OAuth2AccessTokenResponse response = delegate.getTokenResponse(grant);
            Map<String, Object> parameters = new HashMap<>(response.getAdditionalParameters());
            parameters.remove(LINK_USERNAME);
            parameters.remove(LINK_STARTED);
            Map<String, Object> started = grant.getAuthorizationExchange().getAuthorizationRequest().getAttributes();
            if (started.get(LINK_USERNAME) instanceof String username && started.get(LINK_STARTED) instanceof Long at) {
                parameters.put(LINK_USERNAME, username);
                parameters.put(LINK_STARTED, at);
            }
            return OAuth2AccessTokenResponse.withResponse(response).additionalParameters(parameters).build();
        }
    }
}
