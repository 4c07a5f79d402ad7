package org.lantern.base.security;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ApiRequestGuard} in front of every {@code /api/**} endpoint, just after Spring Security
 * (so its answers carry the same security headers as every other response).
 */
@Configuration(proxyBeanMethods = false)
class ApiProtectionConfiguration {

    @Bean
    FilterRegistrationBean<ApiRequestGuard> apiRequestGuard() {
        FilterRegistrationBean<ApiRequestGuard> registration = new FilterRegistrationBean<>(new ApiRequestGuard());
        registration.addUrlPatterns("/api/*");
        registration.setName("apiRequestGuard");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
