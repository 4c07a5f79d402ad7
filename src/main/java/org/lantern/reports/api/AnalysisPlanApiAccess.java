package org.lantern.reports.api;

import org.lantern.base.security.ApiAccessRules;
import org.lantern.base.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** A programme's analysis plan is for evaluators and administrators. Runs before the surveys' rule for {@code /api/programmes/**}. */
@Component
@Order(-1)
class AnalysisPlanApiAccess implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/programmes/*/analysis-plan", "/api/programmes/*/analysis-plan/lock")
                .hasAnyRole(Role.EVALUATOR_ROLE, Role.ADMIN_ROLE);
    }
}
