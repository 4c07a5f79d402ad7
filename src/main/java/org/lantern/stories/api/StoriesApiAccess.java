package org.lantern.stories.api;

import org.lantern.base.security.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Any signed-in account may search and read library stories through the API. */
@Component
class StoriesApiAccess implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/stories", "/api/stories/*").authenticated();
    }
}
