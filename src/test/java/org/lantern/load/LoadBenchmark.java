package org.lantern.load;

import org.lantern.LanternApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The load test at full size (not part of the build): starts Lantern on loopback with a throw-away
 * embedded PostgreSQL, creates its own team, programme and staff accounts, then drives that many
 * simulated staff at once through the real Vaadin UI protocol (sign in, a lesson marked as done, a
 * survey answered with autosave and submitted) and prints throughput, response-time percentiles
 * and the heap each signed-in session keeps. Lantern runs in this JVM so its heap can be measured
 * directly. Run with {@code ./mvnw test-compile exec:exec@load-test} (see README).
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 200);
        int thinkMillis = Integer.getInteger("load.think-ms", 3000);
        int rampSeconds = Integer.getInteger("load.ramp-seconds", 60);
        int warmUpUsers = Integer.getInteger("load.warm-up-users", 10);
        long seed = Long.getLong("load.seed", 42);
        Path data = Files.createTempDirectory("lantern-load");
        int exitCode;
        // command-line arguments, so they win over application.properties (which names ./data and port 8080)
        String[] settings = {"--lantern.data-dir=" + data, "--lantern.demo=false", "--lantern.embedded-db.durable=false",
                "--lantern.embedded-db.ephemeral=true", "--server.address=127.0.0.1", "--server.port=0",
                "--server.tomcat.mbeanregistry.enabled=true", "--vaadin.productionMode=true",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LanternApplication.class)
                .run(settings)) {
            URI base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/");
            LoadTestSetup.Plan warmUp = LoadTestSetup.prepare(context, "load.warmup.", warmUpUsers);
            LoadTestSetup.Plan plan = LoadTestSetup.prepare(context, "load.staff.", users);
            HttpClient http = LoadRun.httpClient();

            System.out.printf(Locale.ROOT, "%nLoad test: %d simulated staff, started over %d s, pauses of %d ms on average; "
                    + "%d warm-up journeys first%n", users, rampSeconds, thinkMillis, warmUpUsers);
            LoadRun.Result warm = LoadRun.run(http, base, warmUp, Duration.ZERO, 0, seed + 100_000);
            System.out.printf(Locale.ROOT, "  warm-up: %d of %d journeys completed, %d errors%n",
                    warm.completed(), warm.journeys(), warm.figures().errors());

            long heapBefore = usedHeapAfterGc();
            long sessionsBefore = activeSessions();
            double loadBefore = loadAverage();
            long serverCpuBefore = processCpuNanos();
            long databaseCpuBefore = databaseCpuNanos(data);
            LoadRun.Result result = LoadRun.run(http, base, plan, Duration.ofSeconds(rampSeconds), thinkMillis, seed);
            long serverCpu = processCpuNanos() - serverCpuBefore;
            long databaseCpu = databaseCpuNanos(data) - databaseCpuBefore;
            double loadAfter = loadAverage();
            long heapAfter = usedHeapAfterGc();
            long sessionsAfter = activeSessions();
            print(result, heapBefore, heapAfter, sessionsBefore, sessionsAfter, loadBefore, loadAfter);
            long requests = result.figures().requests();
            System.out.printf(Locale.ROOT, "  CPU used: %.2f ms per request in this JVM (Lantern and the simulated browsers), "
                            + "%.2f ms per request in PostgreSQL (%.1f s and %.1f s in all): at that cost one core serves "
                            + "about %.0f requests/s%n",
                    serverCpu / 1e6 / requests, databaseCpu / 1e6 / requests, serverCpu / 1e9, databaseCpu / 1e9,
                    requests / ((serverCpu + databaseCpu) / 1e9));
            result.figures().errorMessages().forEach(m -> System.out.println("  error: " + m));
            exitCode = result.figures().errors() == 0 && result.completed() == users ? 0 : 1;
        }
        System.exit(exitCode);
    }

    private static void print(LoadRun.Result result, long heapBefore, long heapAfter, long sessionsBefore,
                              long sessionsAfter, double loadBefore, double loadAfter) {
        LoadFigures figures = result.figures();
        long newSessions = sessionsAfter - sessionsBefore;
        System.out.printf(Locale.ROOT, "  journeys: %d of %d completed in %.1f s; Java %s, %d processors, max heap %d MB%n",
                result.completed(), result.journeys(), result.seconds(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "  requests: %d, errors: %d, throughput: %.1f requests/s%n",
                figures.requests(), figures.errors(), result.throughput());
        figures.table().forEach(System.out::println);
        System.out.printf(Locale.ROOT, "  p95 overall %.1f ms (target under 100 ms)%n", figures.overallPercentileMillis(95));
        System.out.printf(Locale.ROOT, "  heap after GC: %.1f MB before, %.1f MB with %d live sessions (%d new): "
                        + "%.0f KB per session (target under 1024 KB)%n",
                heapBefore / 1048576.0, heapAfter / 1048576.0, sessionsAfter, newSessions,
                newSessions <= 0 ? Double.NaN : (heapAfter - heapBefore) / 1024.0 / newSessions);
        System.out.printf(Locale.ROOT, "  load average (1 min): %.2f at the start, %.2f at the end (%d processors)%n",
                loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
    }

    /** Used heap after full collections, so only live objects count. */
    static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** HTTP sessions Tomcat holds now (its Manager MBean). */
    static long activeSessions() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> managers = server.queryNames(new ObjectName("*:type=Manager,*"), null);
        long total = 0;
        for (ObjectName manager : managers) {
            total += ((Number) server.getAttribute(manager, "activeSessions")).longValue();
        }
        return total;
    }

    /**
     * CPU time used so far by this JVM: Lantern and the simulated browsers together. (Lantern serves
     * requests on virtual threads, whose CPU time the JVM does not report one by one.)
     */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time used so far by the embedded PostgreSQL's processes (Linux /proc; 0 elsewhere). */
    static long databaseCpuNanos(Path dataDir) {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    String stat = Files.readString(process.resolve("stat"));
                    if (cmdline.contains(dataDir.toString()) || isChildOfDatabase(stat, dataDir)) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // utime and stime, plus cutime and cstime: connections that ended count towards the postmaster
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                                + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        } catch (java.io.IOException e) {
            return 0;
        }
        return ticks * 10_000_000L;   // USER_HZ is 100 on Linux
    }

    private static boolean isChildOfDatabase(String stat, Path dataDir) throws java.io.IOException {
        String parent = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1];
        Path parentCmdline = Path.of("/proc", parent, "cmdline");
        return Files.exists(parentCmdline) && Files.readString(parentCmdline).replace('\0', ' ').contains(dataDir.toString());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
