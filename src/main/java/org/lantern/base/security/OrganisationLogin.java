package org.lantern.base.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;

/**
 * The feature that signs people in through their organisation (OpenID Connect) sets up the sign-in
 * page's {@code oauth2Login}: how a provider's identity finds an account, linking, where failures go.
 * Applied only when a client registration is configured. (Deliberately not a {@code Customizer} bean:
 * Spring Security would apply one of those to every filter chain, the API's included.)
 */
public interface OrganisationLogin {

    void configure(OAuth2LoginConfigurer<HttpSecurity> login);
}
