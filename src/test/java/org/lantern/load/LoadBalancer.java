package org.lantern.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * HAProxy from Debian's package ({@code /usr/sbin/haproxy}, installed by {@code .ci/run}) in front
 * of Lantern instances on loopback: round robin for new visitors, then sticky by a cookie it sets
 * ({@value #COOKIE}), since a Vaadin session lives in one instance's memory. HTTP mode passes
 * WebSocket upgrades (Vaadin's {@code @Push}) through; {@code timeout tunnel} keeps them open.
 */
final class LoadBalancer implements AutoCloseable {

    static final String COOKIE = "LANTERN_INSTANCE";
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts HAProxy in the foreground (stopped with the benchmark) and waits until it answers. */
    /** @param instances each instance's name (also its cookie value) and loopback port */
    static LoadBalancer start(Path folder, Map<String, Integer> instances) throws IOException, InterruptedException {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException(HAPROXY + " is missing: apt-get install haproxy (see .ci/run)");
        }
        int port = LanternProcess.freePort();
        Path config = Files.writeString(folder.resolve("haproxy.cfg"), config(port, instances));
        Process process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("haproxy.log").toFile()).start();
        LoadBalancer balancer = new LoadBalancer(process, port);
        balancer.awaitAnswer();
        return balancer;
    }

    static String config(int port, Map<String, Integer> instances) {
        String servers = instances.entrySet().stream().map(i -> String.format(Locale.ROOT,
                        "    server %s 127.0.0.1:%d cookie %s check inter 2s", i.getKey(), i.getValue(), i.getKey()))
                .collect(Collectors.joining("\n"));
        return """
                global
                    maxconn 4000
                defaults
                    mode http
                    option forwardfor
                    timeout connect 5s
                    timeout client 120s
                    timeout server 120s
                    timeout http-keep-alive 60s
                    timeout tunnel 1h
                    # a health check may take its time on a busy machine: without this, three answers slower
                    # than the 2 s between checks mark a working instance down and visitors get a 503
                    timeout check 10s
                frontend lantern
                    bind 127.0.0.1:%d
                    default_backend instances
                backend instances
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /actuator/health
                %s
                """.formatted(port, COOKIE, servers);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private void awaitAnswer() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 60; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped (exit " + process.exitValue() + "): see haproxy.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(base().resolve("actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet, or no instance marked up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("HAProxy did not answer within 30 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
