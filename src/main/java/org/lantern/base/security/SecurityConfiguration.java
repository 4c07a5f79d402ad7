package org.lantern.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

/**
 * Who may use what. Three chains: the stateless JSON API (HTTP Basic, no CSRF, JSON errors), the
 * public health endpoint, and the Vaadin UI (form login; each view declares its own rule with
 * {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed}, and views without one are denied).
 * Password sign-ins on the API and the sign-in page are throttled after repeated failures where the password
 * is checked (the audit feature's {@code AuthenticationProvider}, whatever the channel); organisation
 * sign-in (OpenID Connect) is added when a client registration is configured. What belongs to features
 * comes in through interfaces of this package: the sign-in page ({@link SignInPage}), the check that
 * ends stale sessions ({@link SessionValidity}) and the answers to refused sign-ins ({@link SignInRefusalHook}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: today's default algorithm (bcrypt), and old hashes keep working after upgrades
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No Micrometer observation of each security filter, authentication and authorisation: with the
     * actuator's registry present, Spring Security otherwise wraps every filter of every request in
     * observations nobody reads (a launch morning's profile: 3% of Lantern's CPU, see README). Requests
     * are still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<ApiAccessRules> featureRules, SignInRefusalHook refusals)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(rules -> {
                    featureRules.forEach(r -> r.configure(rules));
                    rules.anyRequest().denyAll();
                });
        return statelessBasic(http, refusals).build();
    }

    /**
     * What the API and the metrics share: HTTP Basic on every request (throttled like the sign-in page,
     * so it is no way to guess passwords; a paused sign-in is answered 429), no session, no CSRF token, JSON errors.
     */
    private static HttpSecurity statelessBasic(HttpSecurity http, SignInRefusalHook refusals) throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(refusals.forHttpBasic(JsonSecurityErrors.unauthorized())))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders.forApi())
                .exceptionHandling(e -> e.authenticationEntryPoint(JsonSecurityErrors.unauthorized())
                        .accessDeniedHandler(JsonSecurityErrors.forbidden()));
    }

    /**
     * Prometheus metrics: administrators with HTTP Basic from anywhere, and anything on the same machine
     * while {@code lantern.metrics.allow-loopback} is on (see {@link MetricsAccess}). A chain of its own, so
     * that credentials sent to the public health endpoint are never checked.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http,
                                     @Value("${lantern.metrics.allow-loopback:true}") boolean fromLoopback,
                                     SignInRefusalHook refusals) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(rules -> rules.anyRequest().access(new MetricsAccess(fromLoopback)));
        return statelessBasic(http, refusals).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        new org.springframework.security.web.authentication.HttpStatusEntryPoint(org.springframework.http.HttpStatus.NOT_FOUND)))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.forApi())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * Links that carry their own authority, for people who are not signed in: a person's calendar feed
     * ({@code GET /calendar/<token>.ics}, a long random token) and the signed unsubscribe link in e-mails
     * ({@code GET} shows a confirmation page, {@code POST} unsubscribes, as RFC 8058 one-click asks: no CSRF
     * token, the link's signature is the authority). Anonymous: nobody signs in here and any credentials
     * sent are not read; the feature answers a bare 404 to a token it does not know. Anything else under
     * these paths is denied.
     */
    @Bean
    @Order(2)
    SecurityFilterChain signedLinkChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/calendar/**", "/unsubscribe/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/calendar/*.ics").permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/unsubscribe/*").permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/unsubscribe/*").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        new org.springframework.security.web.authentication.HttpStatusEntryPoint(org.springframework.http.HttpStatus.NOT_FOUND)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders.forPages())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http,
                                ObjectProvider<ClientRegistrationRepository> organisationSignIn,
                                ObjectProvider<OrganisationLogin> organisationLogin,
                                SessionValidity sessions, SignInPage signInPage,
                                SignInRefusalHook refusals) throws Exception {
        // signed-in sessions end when their account changes or they get too old (README "Sessions")
        http.addFilterBefore(sessions.filter(), org.springframework.security.web.csrf.CsrfFilter.class);
        if (organisationSignIn.getIfAvailable() != null) {
            // OpenID Connect only when spring.security.oauth2.client.registration.* is configured; an
            // identity finds only the Lantern account it was linked to, whose roles apply
            http.oauth2Login(organisationLogin.getObject()::configure);
        }
        http.authorizeHttpRequests(rules -> rules
                // let error responses through unchanged (their original request was already checked)
                .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll());
        http.headers(SecurityHeaders.forPages());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(signInPage.view()));
        // after Vaadin, which sets the sign-in page when initialised: the form login configured earlier would
        // be initialised first and serve Spring Security's generated page. Paused: /login?blocked=<minutes>;
        // no database: /login?unavailable
        http.formLogin(form -> form.failureHandler(refusals.forSignInPage()));
        return http.build();
    }
}
