package org.lantern.surveys.api;

import org.lantern.base.security.ApiAccessRules;
import org.lantern.base.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Programme endpoints are for evaluators and administrators only: creating and listing programmes,
 * importing responses, printing the survey and archiving a programme (which deletes its links and drafts).
 */
@Component
class SurveyApiAccess implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/programmes/*/archive").hasAnyRole(Role.EVALUATOR_ROLE, Role.ADMIN_ROLE);
        rules.requestMatchers("/api/programmes", "/api/programmes/**").hasAnyRole(Role.EVALUATOR_ROLE, Role.ADMIN_ROLE);
    }
}
