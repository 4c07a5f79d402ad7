package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.OrganisationLogin;
import org.lantern.base.security.SecurityContexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Organisation sign-in on the sign-in page: {@link OrganisationSignIn} finds the account, {@link LinkingRequests}
 * carries a link started from the account page, and the outcome lands on the page that explains it.
 */
@Component
@RequiredArgsConstructor
class OrganisationLoginSetup implements OrganisationLogin {

    /** Where refusals go; {@code LoginView} and {@code AccountView} explain each. */
    static final String NOT_LINKED_PAGE = "/login?organisation";
    static final String DISABLED_PAGE = "/login?organisation=disabled";
    static final String FAILED_PAGE = "/login?organisation=failed";
    static final String LINKED_PAGE = "/account?link=done";
    static final String LINK_TAKEN_PAGE = "/account?link=taken";
    static final String LINK_FAILED_PAGE = "/account?link=failed";

    private final OrganisationSignIn signIn;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final Clock clock;
    private final SecurityContexts contexts;

    @Override
    public void configure(OAuth2LoginConfigurer<HttpSecurity> login) {
        login.loginPage("/login")
                .authorizationEndpoint(a -> a.authorizationRequestResolver(
                        new LinkingRequests.Resolver(registrations.getObject(), clock, contexts)))
                .tokenEndpoint(t -> t.accessTokenResponseClient(new LinkingRequests.Carrier()))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                .successHandler(success())
                .failureHandler(failure());
    }

    private static AuthenticationSuccessHandler success() {
        RedirectStrategy redirect = new DefaultRedirectStrategy();
        AuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof LanternOidcUser user && user.linkedNow()) {
                redirect.sendRedirect(request, response, LINKED_PAGE);
            } else {
                signedIn.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    private static AuthenticationFailureHandler failure() {
        RedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, exception) -> redirect.sendRedirect(request, response, failurePage(exception));
    }

    static String failurePage(AuthenticationException exception) {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        return switch (code) {
            case OrganisationSignIn.NOT_LINKED -> NOT_LINKED_PAGE;
            case OrganisationSignIn.DISABLED -> DISABLED_PAGE;
            case OrganisationSignIn.LINK_TAKEN -> LINK_TAKEN_PAGE;
            case OrganisationSignIn.LINK_FAILED -> LINK_FAILED_PAGE;
            default -> FAILED_PAGE;
        };
    }
}
