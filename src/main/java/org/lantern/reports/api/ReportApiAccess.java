package org.lantern.reports.api;

import org.lantern.base.security.ApiAccessRules;
import org.lantern.people.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reports are for evaluators, administrators and managers (whose teams the service checks). Runs
 * before the surveys' rule for {@code /api/programmes/**}, which is for evaluators and administrators only.
 */
@Component
@Order(-1)
class ReportApiAccess implements ApiAccessRules {

    static final String[] PATHS = {"/api/programmes/*/report", "/api/programmes/*/report.csv",
            "/api/programmes/*/report.xlsx", "/api/programmes/*/report.pdf"};

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, PATHS).hasAnyRole(Role.EVALUATOR_ROLE, Role.ADMIN_ROLE, Role.MANAGER_ROLE);
    }
}
