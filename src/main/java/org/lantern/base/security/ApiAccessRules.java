package org.lantern.base.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each feature declares who may call its JSON endpoints under {@code /api/**}. Anything no feature
 * declares is denied.
 */
public interface ApiAccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
