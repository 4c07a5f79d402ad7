package org.lantern.people.api;

import org.lantern.base.security.ApiAccessRules;
import org.lantern.base.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Access rules for the people endpoints: who the caller is for everyone signed in; importing people for administrators. */
@Component
class PeopleApiAccess implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/me").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/people/import").hasRole(Role.ADMIN_ROLE);
    }
}
