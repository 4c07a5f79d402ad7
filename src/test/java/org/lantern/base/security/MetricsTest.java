package org.lantern.base.security;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus metrics: Lantern's own figures, request metrics without names or slugs, and who may read them. */
@LanternTest
class MetricsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aScraperOnTheSameMachineGetsLanternsFiguresWithoutPersonalData() throws Exception {
        // traffic with names and slugs in its addresses, through the API and the UI
        assertThat(get("/api/stories/a-the-bus-pass", "staff").statusCode()).isEqualTo(200);
        assertThat(get("/api/stories/no-such-story-quillon", "staff").statusCode()).isEqualTo(404);
        assertThat(get("/api/me", "staff").statusCode()).isEqualTo(200);
        get("/stories/a-the-bus-pass", null);
        get("/people/amira.k", null);

        HttpResponse<String> response = get("/actuator/prometheus", null);
        assertThat(response.statusCode()).isEqualTo(200);
        String metrics = response.body();
        assertThat(metrics).contains("lantern_stories_published ", "lantern_stories_index_documents ",
                "lantern_surveys_submitted ", "lantern_stories_change_feed_connects_total ",
                "http_server_requests_seconds_count", "hikaricp_connections_active", "jvm_memory_used_bytes");
        assertThat(value(metrics, "lantern_stories_index_documents")).isGreaterThanOrEqualTo(57);
        assertThat(value(metrics, "lantern_surveys_submitted")).isPositive();

        Set<String> uris = new TreeSet<>();
        Matcher uri = Pattern.compile("uri=\"([^\"]*)\"").matcher(metrics);
        while (uri.find()) {
            uris.add(uri.group(1));
        }
        System.out.println("Request metrics are tagged with these URIs: " + uris);
        assertThat(uris).contains("/api/stories/{slug}", "/api/me");
        assertThat(metrics).doesNotContain("a-the-bus-pass", "no-such-story-quillon", "amira.k", "Sam Staff",
                "staff:demo");
        assertThat(metrics).doesNotContainPattern("user(name)?=\"");

        assertThat(get("/actuator/prometheus", "admin").statusCode()).isEqualTo(200);
        HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        // credentials sent to the public health endpoint are not checked
        assertThat(get("/actuator/health", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void fromAnotherMachineOnlyAdministratorsMayReadTheMetrics() {
        MetricsAccess loopbackAllowed = new MetricsAccess(true);
        MetricsAccess loopbackOff = new MetricsAccess(false);
        var local = context("127.0.0.1");
        var localV6 = context("0:0:0:0:0:0:0:1");
        var remote = context("192.0.2.10");
        var anonymous = new TestingAuthenticationToken("anonymous", null);
        var staff = new TestingAuthenticationToken("staff", null, "ROLE_STAFF");
        var admin = new TestingAuthenticationToken("admin", null, "ROLE_ADMIN");

        assertThat(loopbackAllowed.authorize(() -> anonymous, local).isGranted()).isTrue();
        assertThat(loopbackAllowed.authorize(() -> anonymous, localV6).isGranted()).isTrue();
        assertThat(loopbackAllowed.authorize(() -> anonymous, remote).isGranted()).isFalse();
        assertThat(loopbackAllowed.authorize(() -> staff, remote).isGranted()).isFalse();
        assertThat(loopbackAllowed.authorize(() -> admin, remote).isGranted()).isTrue();
        assertThat(loopbackOff.authorize(() -> anonymous, local).isGranted()).isFalse();
        assertThat(loopbackOff.authorize(() -> admin, local).isGranted()).isTrue();
    }

    private static RequestAuthorizationContext context(String remoteAddress) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setRemoteAddr(remoteAddress);
        return new RequestAuthorizationContext(request);
    }

    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(m.find()).as(name + " in the metrics").isTrue();
        return Double.parseDouble(m.group(2));
    }
}
