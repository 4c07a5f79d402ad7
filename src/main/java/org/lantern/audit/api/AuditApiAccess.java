package org.lantern.audit.api;

import org.lantern.base.security.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Access rules for the data-rights endpoint: any signed-in person, for their own data only. */
@Component
class AuditApiAccess implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/me/data").authenticated();
    }
}
