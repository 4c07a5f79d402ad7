package org.lantern.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Organisation sign-in with OpenID Connect (prefix {@code lantern.oidc}); it is switched on by
 * configuring a {@code spring.security.oauth2.client.registration.*} client.
 *
 * @param usernameClaim the ID token or user-info claim holding the Lantern user name
 */
@ConfigurationProperties("lantern.oidc")
public record OidcProperties(@DefaultValue("preferred_username") String usernameClaim) {
}
