package org.lantern.base.startup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start benchmark (not part of the build): {@code ./mvnw -q -DskipTests package exec:exec@start-benchmark}
 * (README "Start time"). Starts the packaged jar as users do, N times each on a new data folder (initdb,
 * migrations, demo data), on an existing one, and after a kill -9, and measures the wall-clock time from
 * launching {@code java} to the first healthy {@code /actuator/health}. Each start is made twice, side by
 * side under the same load: plain {@code java -jar}, and from the extracted jar with the JDK's
 * ahead-of-time cache ({@code -XX:AOTCache}), which a training run made first. Prints every start with
 * its phase line and the load average, then the median and best of each.
 */
public final class StartBenchmark {

    private static final Pattern PHASES = Pattern.compile("Started in [^\\n]*");
    private static final Duration START_LIMIT = Duration.ofMinutes(10);

    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final Path work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private StartBenchmark(Path work) {
        this.work = work;
    }

    private record Variant(String name, List<String> command) {
    }

    private record Result(String scenario, String variant, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("start.runs", 5);
        Path jar = Path.of(System.getProperty("start.jar")).toAbsolutePath();
        Path work = Path.of(System.getProperty("start.work")).toAbsolutePath();
        new StartBenchmark(work).run(jar, runs);
    }

    private void run(Path jar, int runs) throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work.resolve("logs"));
        System.out.printf("Start benchmark: %s, %d start(s) per case, %d processor(s), load average %s%n",
                jar.getFileName(), runs, Runtime.getRuntime().availableProcessors(), load());
        Variant plain = new Variant("java -jar", List.of(java.toString(), "-jar", jar.toString()));
        Variant cached = aotCached(jar);
        List<Variant> variants = List.of(plain, cached);
        List<Result> results = new ArrayList<>();
        Map<Variant, Path> existing = new LinkedHashMap<>();
        for (int i = 1; i <= runs; i++) {
            for (Variant variant : variants) {
                Path data = work.resolve("data-" + variants.indexOf(variant) + "-" + i);
                results.add(measure("new folder", variant, data, i, false));
                existing.put(variant, data);
            }
        }
        for (int i = 1; i <= runs; i++) {
            for (Variant variant : variants) {
                results.add(measure("existing folder", variant, existing.get(variant), i, false));
            }
        }
        for (Variant variant : variants) {
            start(variant, existing.get(variant), "before kill -9").kill();
        }
        for (int i = 1; i <= runs; i++) {
            for (Variant variant : variants) {
                results.add(measure("after kill -9", variant, existing.get(variant), i, i < runs));
            }
        }
        summary(results);
        for (int i = 1; i <= runs; i++) {
            for (Variant variant : variants) {
                deleteRecursively(work.resolve("data-" + variants.indexOf(variant) + "-" + i));
            }
        }
    }

    /** Extracts the jar (Spring Boot's tools jar mode) and makes the AOT cache with a training run. */
    private Variant aotCached(Path jar) throws Exception {
        Path app = work.resolve("app");
        long started = System.nanoTime();
        exec(List.of(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                app.toString()), work.resolve("logs/extract.log"));
        Path extracted = app.resolve(jar.getFileName());
        Path cache = app.resolve("lantern.aot");
        Path training = work.resolve("training");
        exec(List.of(java.toString(), "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar",
                extracted.toString(), "--lantern.data-dir=" + training, "--lantern.demo=true", "--server.port=0",
                "--server.address=127.0.0.1"), work.resolve("logs/training.log"));
        stopLeftServer(training.resolve("postgres-17"));
        deleteRecursively(training);
        System.out.printf("Training run for the AOT cache (extract, start to a refreshed context, write %s, %d MB): "
                        + "%.1f s, load average %s%n", work.relativize(cache), Files.size(cache) >> 20,
                (System.nanoTime() - started) / 1e9, load());
        return new Variant("AOT cache", List.of(java.toString(), "-XX:AOTCache=" + cache, "-jar", extracted.toString()));
    }

    private Result measure(String scenario, Variant variant, Path data, int run, boolean kill) throws Exception {
        String loadBefore = load();
        Started started = start(variant, data, scenario + " " + run);
        String line = started.phaseLine();
        if (kill) {
            started.kill();
        } else {
            started.stop();
        }
        System.out.printf(Locale.ROOT, "%-15s %-10s #%d: healthy in %5.1f s (load %s → %s)  %s%n", scenario,
                variant.name(), run, started.seconds(), loadBefore, load(), line);
        return new Result(scenario, variant.name(), started.seconds());
    }

    private Started start(Variant variant, Path data, String label) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(variant.command());
        command.addAll(List.of("--lantern.data-dir=" + data, "--lantern.demo=true", "--server.port=" + port,
                "--server.address=127.0.0.1"));
        Path log = work.resolve("logs/" + (variant.name() + " " + label).replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        while (!healthy(health)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Lantern stopped before it was healthy; see " + log);
            }
            if (System.nanoTime() - launched > START_LIMIT.toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("Lantern was not healthy within " + START_LIMIT + "; see " + log);
            }
            Thread.sleep(20);
        }
        return new Started(process, log, (System.nanoTime() - launched) / 1e9);
    }

    private boolean healthy(URI health) {
        try {
            return http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Started(Process process, Path log, double seconds) {

        /** Lantern's own line of phases (printed just after it became ready). */
        String phaseLine() throws Exception {
            for (int i = 0; i < 250; i++) {
                Matcher found = PHASES.matcher(Files.readString(log));
                if (found.find()) {
                    return found.group();
                }
                Thread.sleep(20);
            }
            return "(no phase line)";
        }

        void stop() throws Exception {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }

        /** SIGKILL, as a crash would: the embedded PostgreSQL is left running for the next start to stop. */
        void kill() throws Exception {
            process.destroyForcibly().waitFor();
        }
    }

    private void summary(List<Result> results) {
        System.out.printf("%nTo a healthy /actuator/health (wall clock, seconds), load average now %s:%n", load());
        System.out.printf("%-16s %-10s %6s %6s%n", "case", "start", "p50", "best");
        Map<String, List<Double>> byCase = new LinkedHashMap<>();
        results.forEach(r -> byCase.computeIfAbsent(r.scenario() + "|" + r.variant(), k -> new ArrayList<>()).add(r.seconds()));
        byCase.forEach((key, seconds) -> {
            List<Double> sorted = seconds.stream().sorted().toList();
            int middle = sorted.size() / 2;
            double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
            String[] parts = key.split("\\|");
            System.out.printf(Locale.ROOT, "%-16s %-10s %6.1f %6.1f%n", parts[0], parts[1], median, sorted.getFirst());
        });
    }

    /**
     * The training run ends the JVM at once after the refresh (no shutdown hooks), so the embedded
     * PostgreSQL it started is left running: stop it before deleting its folder.
     */
    private static void stopLeftServer(Path pgData) throws Exception {
        Path pid = pgData.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).getFirst().trim()));
        if (server.isPresent() && server.get().destroy()) {
            server.get().onExit().get(1, TimeUnit.MINUTES);
        }
    }

    private static void exec(List<String> command, Path log) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
