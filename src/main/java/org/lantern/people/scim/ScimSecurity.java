package org.lantern.people.scim;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.lantern.base.security.SecurityContexts;
import org.lantern.base.security.SecurityHeaders;
import org.lantern.people.ScimTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Who may call {@code /scim/**}: only a client sending a live SCIM bearer token ({@link ScimTokens}), never a person's
 * password or session. No session is made and there is no CSRF token: the token is sent by the client in a header on
 * every request, which another site cannot make a browser do. Refusals are in SCIM's error shape.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class ScimSecurity {

    /** The authority a request with a live token has; it opens {@code /scim/**} and nothing else. */
    static final String AUTHORITY = "SCIM_CLIENT";

    @Bean
    @Order(1)
    SecurityFilterChain scimChain(HttpSecurity http, ScimTokens tokens, SecurityContexts contexts) throws Exception {
        // the token filter writes where the chain's own filters read: the application's strategy (Vaadin's), not the
        // static holder, which a later Vaadin start in the same JVM replaces
        http.securityMatcher("/scim/**")
                .addFilterBefore(new BearerToken(tokens, contexts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> rules.anyRequest().hasAuthority(AUTHORITY))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders.forApi())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> refuse(response, 401,
                                "Send a SCIM token an administrator created: Authorization: Bearer <token>."))
                        .accessDeniedHandler((request, response, ex) -> refuse(response, 403, "Not allowed.")));
        return http.build();
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        ResponseEntity<String> error = ScimJson.error(status, null, detail);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Lantern SCIM\"");
        }
        response.setContentType(ScimJson.SCIM.toString());
        response.getOutputStream().write(String.valueOf(error.getBody()).getBytes(StandardCharsets.UTF_8));
    }

    /** Signs the request in as the SCIM client when its bearer token is live. */
    @RequiredArgsConstructor
    private static final class BearerToken extends OncePerRequestFilter {

        private final ScimTokens tokens;
        private final SecurityContexts contexts;

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && tokens.accepts(header.substring(7).strip())) {
                SecurityContextHolderStrategy strategy = contexts.strategy();
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "(SCIM)", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
                strategy.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
