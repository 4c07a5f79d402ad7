package org.lantern.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternInstance;
import org.lantern.TestPostgres;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external PostgreSQL stopped and started again under a running Lantern: requests made during the
 * outage get a clear "try again" answer, and Lantern works again afterwards without being restarted.
 */
class DatabaseOutageTest {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void requestsFailClearlyDuringAnOutageAndWorkAgainAfterwardsWithoutARestart() throws Exception {
        Path pgData = folder.resolve("postgres");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres postgres = startPostgres(pgData, port);
        try (LanternInstance lantern = LanternInstance.start(folder.resolve("lantern"),
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres", "lantern.demo=true")) {
            assertThat(get(lantern, "/api/me").statusCode()).isEqualTo(200);
            assertThat(get(lantern, "/api/stories?q=recovery").statusCode()).isEqualTo(200);

            postgres.close();   // keeps its data folder: this is a stop, not a wipe
            long started = System.nanoTime();
            HttpResponse<String> during = get(lantern, "/api/me");
            long failedAfter = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Outage: a request during the outage got %d after %d ms: %s%n", during.statusCode(),
                    failedAfter, during.body());
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.body()).contains(DatabaseUnavailable.MESSAGE);
            assertThat(during.headers().firstValue("Retry-After")).isPresent();
            assertThat(get(lantern, "/api/stories?q=recovery").statusCode()).isEqualTo(503);
            assertThat(get(lantern, "/actuator/health").statusCode()).as("health reports the outage").isEqualTo(503);

            postgres = startPostgres(pgData, port);
            started = System.nanoTime();
            while (get(lantern, "/api/me").statusCode() != 200) {
                assertThat(System.nanoTime() - started).as("working again within 30 s").isLessThan(Duration.ofSeconds(30).toNanos());
                Thread.sleep(100);
            }
            System.out.printf("Outage: working again %d ms after PostgreSQL was back%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(get(lantern, "/api/stories?q=recovery").statusCode()).isEqualTo(200);
            assertThat(get(lantern, "/actuator/health").statusCode()).isEqualTo(200);
            // the story change feed reconnected by itself too
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (feedConnects(lantern) < 2) {
                assertThat(System.nanoTime()).as("change feed reconnected").isLessThan(deadline);
                Thread.sleep(200);
            }
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres startPostgres(Path data, int port) throws Exception {
        return TestPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    /** As the staff member for the API; without signing in for the public actuator endpoints. */
    private HttpResponse<String> get(LanternInstance lantern, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lantern.url(path))).timeout(Duration.ofSeconds(30));
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private double feedConnects(LanternInstance lantern) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(lantern.url("/actuator/prometheus"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^lantern_stories_change_feed_connects_total(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }
}
