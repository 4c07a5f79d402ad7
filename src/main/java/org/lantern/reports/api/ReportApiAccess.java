package org.lantern.reports.api;

import org.lantern.base.security.ApiAccessRules;
import org.lantern.base.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Released reports are for evaluators, administrators and managers (whose teams the service
 * checks); making and listing releases is for evaluators and administrators. Runs before the
 * surveys' rule for {@code /api/programmes/**}.
 */
@Component
@Order(-1)
class ReportApiAccess implements ApiAccessRules {

    static final String[] REPORT = {"/api/programmes/*/report", "/api/programmes/*/report.csv",
            "/api/programmes/*/report.xlsx", "/api/programmes/*/report.pdf", "/api/programmes/*/report.zip"};
    static final String[] RELEASES = {"/api/programmes/*/releases", "/api/programmes/*/releases/comments"};

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, REPORT).hasAnyRole(Role.EVALUATOR_ROLE, Role.ADMIN_ROLE, Role.MANAGER_ROLE);
        rules.requestMatchers(HttpMethod.GET, RELEASES).hasAnyRole(Role.EVALUATOR_ROLE, Role.ADMIN_ROLE);
        rules.requestMatchers(HttpMethod.POST, "/api/programmes/*/releases").hasAnyRole(Role.EVALUATOR_ROLE, Role.ADMIN_ROLE);
    }
}
