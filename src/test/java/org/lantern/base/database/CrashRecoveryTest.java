package org.lantern.base.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternApplication;
import org.lantern.load.SurveyTab;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lantern killed with SIGKILL in the middle of writes (programmes created and survey answers imported
 * over the API, and a staff member's survey answers autosaved through the survey page itself, on the
 * durable embedded PostgreSQL), then started again on the same data folder: the PostgreSQL left
 * behind is handled, and everything that was acknowledged (a 2xx, or "Saved." on the page) is there.
 */
class CrashRecoveryTest {

    @TempDir
    Path folder;

    /** The demo programme whose "before" wave is open for the demo staff member. */
    private static final String SURVEY = "surveys/strengths-pilot/before";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Per question: every option sent, in order, and the position of the last one the page acknowledged. */
    private record Answers(List<String> sent, int acknowledged) {
    }

    @Test
    void everythingAcknowledgedBeforeAKillIsThereAfterTheRestart() throws Exception {
        Path data = folder.resolve("data");
        int port = freePort();
        Process first = startChild(data, port, folder.resolve("first.log"));
        List<String> programmes = new CopyOnWriteArrayList<>();
        List<String> imports = new CopyOnWriteArrayList<>();
        double submittedBefore;
        Map<String, Answers> answers = new java.util.HashMap<>();
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
            Map<String, Answers> autosaved = new ConcurrentHashMap<>();
            Thread autosaver = Thread.ofPlatform().start(() -> autosave(port, autosaved));
            long writing = System.nanoTime();
            while (imports.size() < 15 || acknowledged(autosaved) < 20) {
                assertThat(autosaver.isAlive() || acknowledged(autosaved) >= 20).as("autosaves acknowledged before they stopped")
                        .isTrue();
                assertThat(writer.isAlive()).as("writes acknowledged before the writer stopped").isTrue();
                assertThat(System.nanoTime() - writing).as("15 imports acknowledged within 2 minutes")
                        .isLessThan(Duration.ofMinutes(2).toNanos());
                Thread.sleep(20);
            }
            first.destroyForcibly();   // SIGKILL, mid-write: no shutdown hooks, PostgreSQL left running
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            writer.join(10_000);
            autosaver.join(10_000);
            answers.putAll(autosaved);
        } finally {
            first.destroyForcibly();
        }
        System.out.printf("Crash: killed after %d programmes, %d imports and %d survey autosaves were acknowledged%n",
                programmes.size(), imports.size(), acknowledged(answers));

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
            // the staff member comes back to the survey page: every acknowledged answer is there (or one
            // sent after it, whose acknowledgement the kill cut off)
            Map<String, String> shown = SurveyTab.open(URI.create("http://127.0.0.1:" + port + "/"), "staff", "demo", SURVEY).answers();
            answers.forEach((question, a) -> {
                if (a.acknowledged() >= 0) {
                    assertThat(a.sent().subList(a.acknowledged(), a.sent().size()))
                            .as("answer to '%s' after the restart", question).contains(shown.get(question));
                }
            });
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    /**
     * The demo staff member on the open survey's page, choosing options question after question,
     * round after round, until the server is gone. Each option is noted before it is sent, and marked
     * acknowledged once the page says "Saved.".
     */
    private static void autosave(int port, Map<String, Answers> answers) {
        try {
            SurveyTab tab = SurveyTab.open(URI.create("http://127.0.0.1:" + port + "/"), "staff", "demo", SURVEY);
            List<String> questions = tab.questions();
            for (int round = 0; ; round++) {
                for (int q = 0; q < questions.size(); q++) {
                    String question = questions.get(q);
                    List<String> options = tab.options(question);
                    String option = options.get((round + q) % options.size());
                    Answers before = answers.getOrDefault(question, new Answers(List.of(), -1));
                    List<String> sent = new ArrayList<>(before.sent());
                    sent.add(option);
                    answers.put(question, new Answers(List.copyOf(sent), before.acknowledged()));
                    if (tab.answer(question, option)) {
                        answers.put(question, new Answers(List.copyOf(sent), sent.size() - 1));
                    }
                }
            }
        } catch (RuntimeException serverGone) {
            // killed: what was acknowledged so far is what must survive
        }
    }

    private static int acknowledged(Map<String, Answers> answers) {
        return answers.values().stream().mapToInt(a -> a.acknowledged() + 1).sum();
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
        // the quick compiler only, as in the test JVM itself: the child lives for a start and a minute of writes
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath,
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
