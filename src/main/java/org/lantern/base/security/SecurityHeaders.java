package org.lantern.base.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers on every response: pages, static files, the JSON API and the actuator.
 * Besides Spring Security's defaults ({@code X-Content-Type-Options: nosniff}, {@code Cache-Control}
 * on dynamic answers, and {@code Strict-Transport-Security} on requests that arrived over HTTPS), a
 * Content-Security-Policy, {@code Referrer-Policy: same-origin} and {@code X-Frame-Options: DENY}.
 */
public final class SecurityHeaders {

    /**
     * What Vaadin Flow 25 needs and no more. Vaadin starts its client engine with an inline script and
     * runs the JavaScript the server sends by building functions from it, so scripts need
     * {@code 'unsafe-inline' 'unsafe-eval'}, and its components set inline styles (Vaadin's documentation,
     * "Content Security Policy"). Everything is loaded from Lantern itself: images only from Lantern or
     * {@code data:} (so no Markdown image can track readers), no plug-ins, no framing by other sites,
     * forms post only to Lantern. Checked in the real browser on every main page
     * ({@code ContentSecurityPolicyBrowserTest}, and every browser test fails on a violation).
     */
    static final String PAGE_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** JSON, CSV and report files are never pages: they may load nothing and be framed by nobody. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * Write the headers before the request is handled, not when the answer is committed: Vaadin's pages
     * are forwarded to its servlet, whose container closes the answer after the forward, before Spring
     * Security's lazy writer would add anything (the pages then had none of these headers).
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_FIRST = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    private SecurityHeaders() {
    }

    /** For the Vaadin UI chain: pages and the static files they load. */
    static Customizer<HeadersConfigurer<HttpSecurity>> forPages() {
        // no-store on everything but the public files, which keep the caching their server gives them
        // (Spring Security's default writes Pragma: no-cache and Expires: 0 on them too, and browsers then
        // ask again for every script on every page)
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(PublicFiles::matches), new CacheControlHeadersWriter()));
    }

    /** For the API, metrics and actuator chains. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> forApi() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        // nosniff, Cache-Control and HSTS (secure requests only, one year, with subdomains) are
        // Spring Security's defaults, left on; named here so that the policy reads in one place
        return headers.withObjectPostProcessor(WRITE_FIRST)
                .contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
