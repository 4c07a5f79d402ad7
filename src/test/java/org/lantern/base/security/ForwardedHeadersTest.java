package org.lantern.base.security;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.audit.AuditEntry;
import org.lantern.audit.AuditFilter;
import org.lantern.audit.AuditService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.env.MockEnvironment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, "API and browser", third item: {@code X-Forwarded-*} headers are trusted only when the
 * operator says so ({@code server.forward-headers-strategy}, {@code none} unless set), whatever
 * platform Lantern runs on; a forged {@code X-Forwarded-For} changes neither the metrics' loopback
 * rule nor the address that the audit trail records and sign-in throttling counts.
 */
@LanternTest
class ForwardedHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    ServerProperties server;
    @Autowired
    AuditService audit;
    @Autowired
    org.lantern.people.PeopleService people;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void forwardedHeadersStayOffUnderKubernetesUnlessConfigured() {
        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NONE);
        MockEnvironment kubernetes = new MockEnvironment().withProperty("spring.main.cloud-platform", "kubernetes");

        // what Spring Boot does on Kubernetes when the setting is left unset: Tomcat's RemoteIpValve trusts X-Forwarded-For
        TomcatServletWebServerFactory unset = new TomcatServletWebServerFactory();
        new TomcatWebServerFactoryCustomizer(kubernetes, new ServerProperties(), new TomcatServerProperties(), new WebProperties())
                .customize(unset);
        assertThat(unset.getEngineValves()).hasAtLeastOneElementOfType(RemoteIpValve.class);
        System.out.println("Trusted proxies with forward-headers-strategy=native (Tomcat's internal-proxies default): "
                + new TomcatServerProperties().getRemoteip().getInternalProxies());

        // with Lantern's settings: no valve, X-Forwarded-* ignored
        TomcatServletWebServerFactory lantern = new TomcatServletWebServerFactory();
        new TomcatWebServerFactoryCustomizer(kubernetes, server, new TomcatServerProperties(), new WebProperties())
                .customize(lantern);
        assertThat(lantern.getEngineValves()).noneMatch(RemoteIpValve.class::isInstance);
    }

    @Test
    void aForgedForwardedForChangesNeitherTheMetricsRuleNorTheAuditedAddress() throws Exception {
        // the metrics are open to this machine only; a header claiming another client changes nothing
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("X-Forwarded-For", "192.0.2.10").header("X-Real-IP", "192.0.2.10")
                .header("Forwarded", "for=192.0.2.10;proto=https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);

        // a failed sign-in is recorded (and counted) from the connection's address, not the forged one
        String username = "forged.address." + System.nanoTime();
        HttpResponse<String> failed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":wrong").getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", "198.51.100.7").header("Forwarded", "for=198.51.100.7").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(failed.statusCode()).isEqualTo(401);
        List<AuditEntry> entries = audit.search(people.findByUsername("admin").orElseThrow(), new AuditFilter(username, null, null, null), 0, 10);
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.clientIp()).isEqualTo("127.0.0.1"));
    }
}
