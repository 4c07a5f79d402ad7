package org.lantern.base.security;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, "API and browser", second item: security headers on every kind of response (the sign-in
 * page, a static file, the JSON API, the actuator), and HSTS exactly on requests that came over HTTPS.
 */
@LanternTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertCommonHeaders(HttpHeaders headers, String what) {
        System.out.println("Headers of " + what + ": " + headers.map());
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(headers.firstValue("Strict-Transport-Security")).as("%s over plain HTTP", what).isEmpty();
    }

    @Test
    void theSignInPageAndItsScriptsCarryThePagePolicy() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertCommonHeaders(login.headers(), "/login");
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'");
        assertThat(csp).as("styles may be inline, never from elsewhere").contains("style-src 'self' 'unsafe-inline'");
        assertThat(csp).doesNotContain("*", "http:", "https:");

        Matcher script = Pattern.compile("src=\"\\.?/?(VAADIN/[^\"]+\\.js)\"").matcher(login.body());
        assertThat(script.find()).as("the sign-in page loads Vaadin's bundle: %s", login.body()).isTrue();
        HttpResponse<String> bundle = get("/" + script.group(1), null);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertCommonHeaders(bundle.headers(), "/" + script.group(1));

        // issue 16: the page itself is never stored, while the scripts keep their server's caching, with no
        // Pragma: no-cache or Expires: 0 beside it (that made the browser ask again for every script on every page)
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(bundle.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).contains("max-age=").doesNotContain("no-store", "no-cache"));
        assertThat(bundle.headers().firstValue("Pragma")).isEmpty();
        assertThat(bundle.headers().firstValue("Expires")).isEmpty();
    }

    @Test
    void apiAndActuatorAnswersCarryAPolicyThatAllowsNothing() throws Exception {
        for (HttpResponse<String> response : java.util.List.of(get("/api/me", "staff"), get("/api/me", null),
                get("/api/not-a-thing", "staff"), get("/actuator/health", null))) {
            String what = response.request().uri().getPath() + " " + response.statusCode();
            assertCommonHeaders(response.headers(), what);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
                    .hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        }
    }

    /** Spring Security writes HSTS only for secure requests: checked through the real filter chains. */
    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        for (String path : new String[]{"/login", "/api/me", "/actuator/health"}) {
            MockHttpServletResponse secure = through(path, true);
            assertThat(secure.getHeader("Strict-Transport-Security")).as(path).isEqualTo("max-age=31536000 ; includeSubDomains");
            assertThat(secure.getHeader("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(through(path, false).getHeader("Strict-Transport-Security")).as(path).isNull();
        }
    }

    private MockHttpServletResponse through(String path, boolean secure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        request.setSecure(secure);
        request.setScheme(secure ? "https" : "http");
        request.setServerPort(secure ? 443 : 80);
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
