package org.lantern.base.api;

import org.lantern.base.security.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The API's description (JSON, and YAML at the same address with {@code .yaml}) is for anyone signed in: every account can call some of the API, and the
 * description holds nothing personal (it says what each call does and who may make it).
 */
@Component
class ApiDescriptionAccess implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, ApiDescription.ADDRESS, ApiDescription.ADDRESS + ".yaml").authenticated();
    }
}
