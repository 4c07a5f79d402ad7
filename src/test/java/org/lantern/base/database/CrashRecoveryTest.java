package org.lantern.base.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternApplication;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lantern killed with SIGKILL in the middle of writes (programmes created and survey answers imported
 * over the API, on the durable embedded PostgreSQL), then started again on the same data folder:
 * the PostgreSQL left behind is handled, and everything that was acknowledged with a 2xx is there.
 */
class CrashRecoveryTest {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everythingAcknowledgedBeforeAKillIsThereAfterTheRestart() throws Exception {
        Path data = folder.resolve("data");
        int port = freePort();
        Process first = startChild(data, port, folder.resolve("first.log"));
        List<String> programmes = new CopyOnWriteArrayList<>();
        List<String> imports = new CopyOnWriteArrayList<>();
        double submittedBefore;
        try {
            awaitUp(first, port, folder.resolve("first.log"));
            submittedBefore = metric(port, "lantern_surveys_submitted");
            Thread writer = Thread.ofPlatform().start(() -> {
                for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
                    String key = "crash-" + i;
                    try {
                        if (send(port, "POST", "/api/programmes", "application/json", """
                                {"key":"%s","title":"Crash %d","survey":"recovery-knowledge","teams":["Crash Team"],
                                 "waves":[{"key":"before","opens":"2026-01-05","closes":"2026-02-01"},
                                          {"key":"after","opens":"2026-06-01","closes":"2026-07-01"}]}""".formatted(key, i))
                                .statusCode() == 201) {
                            programmes.add(key);
                        }
                        if (send(port, "POST", "/api/programmes/" + key + "/responses", "text/csv",
                                "participant,team,wave,hope-1\nC" + i + ",Crash Team,before,4\n").statusCode() == 200) {
                            imports.add(key);
                        }
                    } catch (IOException e) {
                        return;   // the server is gone
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long writing = System.nanoTime();
            while (imports.size() < 15) {
                assertThat(writer.isAlive()).as("writes acknowledged before the writer stopped").isTrue();
                assertThat(System.nanoTime() - writing).as("15 imports acknowledged within 2 minutes")
                        .isLessThan(Duration.ofMinutes(2).toNanos());
                Thread.sleep(20);
            }
            first.destroyForcibly();   // SIGKILL, mid-write: no shutdown hooks, PostgreSQL left running
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            writer.join(10_000);
        } finally {
            first.destroyForcibly();
        }
        System.out.printf("Crash: killed after %d programmes and %d imports were acknowledged%n", programmes.size(), imports.size());

        Process second = startChild(data, port, folder.resolve("second.log"));
        try {
            long started = System.nanoTime();
            awaitUp(second, port, folder.resolve("second.log"));
            System.out.printf("Crash: restarted in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(Files.readString(folder.resolve("second.log"))).contains("did not stop cleanly");
            String listed = send(port, "GET", "/api/programmes", null, null).body();
            for (String key : programmes) {
                assertThat(listed).as("acknowledged programme " + key).contains("\"key\":\"" + key + "\"");
            }
            assertThat(metric(port, "lantern_surveys_submitted")).isGreaterThanOrEqualTo(submittedBefore + imports.size());
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    private static Process startChild(Path data, int port, Path log) throws IOException {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        // the test class path, absolute, without the project folder itself (it would offer db/ twice to Liquibase)
        Path project = Path.of("").toAbsolutePath();
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize())
                .filter(entry -> !entry.equals(project))
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx512m", "-cp", classPath,
                LanternApplication.class.getName(), "--lantern.data-dir=" + data, "--server.port=" + port,
                "--server.address=127.0.0.1", "--lantern.demo=true", "--vaadin.productionMode=true",
                "--spring.main.banner-mode=off"));
        return new ProcessBuilder(command).directory(data.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitUp(Process child, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (true) {
            assertThat(child.isAlive()).as("child running; log:\n%s", tail(log)).isTrue();
            assertThat(System.nanoTime()).as("child up in time; log:\n%s", tail(log)).isLessThan(deadline);
            try {
                if (send(port, "GET", "/actuator/health", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> send(int port, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("evaluator:demo".getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private double metric(int port, String name) throws Exception {
        String metrics = send(port, "GET", "/actuator/prometheus", null, null).body();
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(m.find()).as(name).isTrue();
        return Double.parseDouble(m.group(2));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
