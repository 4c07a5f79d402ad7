package org.lantern.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import org.lantern.TestPostgres;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A survey launch morning (not part of the build): staff signing in within a few minutes and answering
 * the survey through the real Vaadin UI protocol at a person's pace, against one Lantern instance or
 * several behind HAProxy with sticky sessions, all on one PostgreSQL. Each instance runs in its own
 * JVM, so its heap, CPU, sessions and connections are its own. Run with
 * {@code ./mvnw test-compile exec:exec@launch-morning} (see README, "Load test").
 */
public final class LaunchMorning {

    private LaunchMorning() {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 1000);
        int instances = Integer.getInteger("load.instances", 1);
        int rampSeconds = Integer.getInteger("load.ramp-seconds", 120);
        StaffJourney.Pace pace = new StaffJourney.Pace(Integer.getInteger("load.pace-min-ms", 4000),
                Integer.getInteger("load.pace-max-ms", 10000));
        int warmUpUsers = Integer.getInteger("load.warm-up-users", 10);
        long seed = Long.getLong("load.seed", 42);
        boolean histogram = Boolean.getBoolean("load.histogram");
        String recording = System.getProperty("load.jfr", "");
        Path folder = Files.createTempDirectory("lantern-launch");
        boolean passed;
        try (EmbeddedPostgres postgres = TestPostgres.builder().setDataDirectory(folder.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("max_connections", "100").start()) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            // what every instance on one database shares: the database and the pseudonym key (not their data folders)
            List<String> settings = List.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres", "spring.datasource.hikari.maximum-pool-size=20",
                    "spring.datasource.hikari.register-mbeans=true", "lantern.pseudonym-key=" + Base64.getEncoder().encodeToString(key),
                    "lantern.demo=false", "server.address=127.0.0.1", "server.tomcat.mbeanregistry.enabled=true",
                    "vaadin.productionMode=true", "logging.level.root=WARN", "spring.main.banner-mode=off");
            List<String> jvm = new ArrayList<>(List.of("-Xmx" + System.getProperty("load.instance-heap", "1536m")));
            // e.g. another garbage collector to compare (README, "A survey launch morning"); G1 unless one is named
            List<String> extraJvm = words(System.getProperty("load.instance-jvm", ""));
            if (extraJvm.stream().noneMatch(o -> o.matches("-XX:\\+Use\\w+GC"))) {
                jvm.add("-XX:+UseG1GC");
            }
            jvm.addAll(extraJvm);
            Path planFile = folder.resolve("plan.json");
            List<LanternProcess> lanterns = new ArrayList<>();
            try {
                for (int i = 1; i <= instances; i++) {
                    List<String> options = new ArrayList<>(jvm);
                    options.add(TailFigures.gcLogOption(gcLog(folder, i)));
                    if (i == 1) {
                        // the first prepares the staff (and runs the migrations) before the others start
                        options.addAll(List.of("-Dload.plan-file=" + planFile, "-Dload.users=" + users,
                                "-Dload.warm-up-users=" + warmUpUsers * instances));
                    }
                    Path data = Files.createDirectories(folder.resolve("instance-" + i));
                    List<String> own = new ArrayList<>(settings);
                    own.add("lantern.data-dir=" + data);
                    own.addAll(words(System.getProperty("load.instance-settings", "")));
                    lanterns.add(LanternProcess.start("lantern-" + i, folder.resolve("instance-" + i + ".log"), options, own,
                            i == 1 ? planFile : null));
                }
                JsonNode plans = VaadinUiClient.JSON.readTree(Files.readString(planFile));
                LoadTestSetup.Plan warmUp = VaadinUiClient.JSON.treeToValue(plans.get("warmUp"), LoadTestSetup.Plan.class);
                LoadTestSetup.Plan staff = VaadinUiClient.JSON.treeToValue(plans.get("staff"), LoadTestSetup.Plan.class);
                passed = run(postgres, folder, lanterns, warmUp, staff, rampSeconds, pace, seed, histogram, recording);
            } finally {
                for (LanternProcess lantern : lanterns) {
                    lantern.close();
                }
            }
        }
        System.exit(passed ? 0 : 1);
    }

    private static boolean run(EmbeddedPostgres postgres, Path folder, List<LanternProcess> lanterns, LoadTestSetup.Plan warmUp,
                               LoadTestSetup.Plan staff, int rampSeconds, StaffJourney.Pace pace, long seed,
                               boolean histogram, String recording) throws Exception {
        var http = LoadRun.httpClient();
        int users = staff.usernames().size();
        System.out.printf(Locale.ROOT, "%nLaunch morning: %d simulated staff on %d instance(s)%s, signing in over %d s, "
                        + "pauses of %s (seeded random) before each answer and action%n", users, lanterns.size(),
                lanterns.size() > 1 ? " behind HAProxy (sticky cookie)" : "", rampSeconds, pace);
        // warm-up journeys straight to each instance, each with its own accounts
        int share = warmUp.usernames().size() / lanterns.size();
        for (int i = 0; i < lanterns.size(); i++) {
            LoadTestSetup.Plan part = new LoadTestSetup.Plan(warmUp.lessonRoute(), warmUp.moduleKey(), warmUp.lessonKey(),
                    warmUp.surveyRoute(), warmUp.usernames().subList(i * share, (i + 1) * share), warmUp.password());
            LoadRun.Result warm = LoadRun.run(http, lanterns.get(i).base(), part, Duration.ZERO, 0, seed + 100_000 + i * 1000L);
            System.out.printf(Locale.ROOT, "  warm-up on %s: %d of %d journeys completed, %d errors%n", lanterns.get(i).name(),
                    warm.completed(), warm.journeys(), warm.figures().errors());
        }
        List<InstanceFigures.Snapshot> before = new ArrayList<>();
        List<String> histograms = new ArrayList<>();
        for (LanternProcess lantern : lanterns) {
            before.add(InstanceFigures.Snapshot.of(lantern));
            histograms.add(histogram ? lantern.classHistogram() : "");
        }
        if (!recording.isBlank()) {
            // a flight recording of the run itself (after the warm-up), one file per instance: README, "A survey launch morning"
            for (LanternProcess lantern : lanterns) {
                lantern.startRecording();
            }
        }
        double loadBefore = loadAverage();
        long databaseBefore = LoadBenchmark.databaseCpuNanos(folder.resolve("postgres"));
        long browsersBefore = LoadBenchmark.processCpuNanos();
        try (LoadBalancer balancer = lanterns.size() > 1 ? LoadBalancer.start(folder,
                     lanterns.stream().collect(Collectors.toMap(LanternProcess::name, LanternProcess::port, (a, b) -> a, LinkedHashMap::new))) : null;
             ConnectionSampler sampler = ConnectionSampler.start(postgres, lanterns)) {
            URI base = balancer == null ? lanterns.getFirst().base() : balancer.base();
            LoadRun.Result result = LoadRun.run(http, base, staff, Duration.ofSeconds(rampSeconds), pace, seed,
                    balancer == null ? null : LoadBalancer.COOKIE);
            double loadAfter = loadAverage();
            long browsers = LoadBenchmark.processCpuNanos() - browsersBefore;
            long database = LoadBenchmark.databaseCpuNanos(folder.resolve("postgres")) - databaseBefore;
            sampler.close();
            List<InstanceFigures.Snapshot> after = new ArrayList<>();
            for (LanternProcess lantern : lanterns) {
                after.add(InstanceFigures.Snapshot.of(lantern));
            }
            if (!recording.isBlank()) {
                for (LanternProcess lantern : lanterns) {
                    Path file = Path.of(recording.replaceFirst("\\.jfr$", "") + "-" + lantern.name() + ".jfr");
                    lantern.stopRecording(file);
                    System.out.printf(Locale.ROOT, "  flight recording of %s: %s%n", lantern.name(), file.toAbsolutePath());
                }
            }
            boolean passed = InstanceFigures.print(result, lanterns, before, after, sampler, loadBefore, loadAfter,
                    browsers, database);
            List<List<String>> serverTimes = new ArrayList<>();
            List<Path> gcLogs = new ArrayList<>();
            for (int i = 0; i < lanterns.size(); i++) {
                serverTimes.add(lanterns.get(i).serverTimes());
                gcLogs.add(gcLog(folder, i + 1));
            }
            TailFigures.print(result.figures(), serverTimes, gcLogs);
            if (histogram) {
                for (int i = 0; i < lanterns.size(); i++) {
                    InstanceFigures.printHistogramGrowth(lanterns.get(i).name(), histograms.get(i),
                            lanterns.get(i).classHistogram(), after.get(i).sessions() - before.get(i).sessions());
                }
            }
            return passed;
        }
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    private static Path gcLog(Path folder, int instance) {
        return folder.resolve("instance-" + instance + "-gc.log");
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
