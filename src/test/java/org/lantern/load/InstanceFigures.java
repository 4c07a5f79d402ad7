package org.lantern.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the launch-morning benchmark prints: the run's figures, each instance's own, and the targets. */
final class InstanceFigures {

    static final double AUTOSAVE_P95_TARGET_MS = 150;
    static final double SESSION_KB_TARGET = 500;

    /** One instance at one moment: live heap, sessions, requests served, CPU time. */
    record Snapshot(long heap, long sessions, long requests, long cpuNanos, long maxHeap) {

        static Snapshot of(LanternProcess lantern) throws Exception {
            long heap = lantern.usedHeapAfterGc();
            return new Snapshot(heap, lantern.activeSessions(), lantern.requests(), lantern.cpuNanos(), lantern.maxHeap());
        }
    }

    private InstanceFigures() {
    }

    /** Prints everything; true when every journey completed without an error and the targets were met. */
    static boolean print(LoadRun.Result result, List<LanternProcess> lanterns, List<Snapshot> before, List<Snapshot> after,
                         ConnectionSampler sampler, double loadBefore, double loadAfter, long browserCpuNanos,
                         long databaseCpuNanos) {
        LoadFigures figures = result.figures();
        System.out.printf(Locale.ROOT, "  journeys: %d of %d completed in %.1f s; Java %s, %d processors%n",
                result.completed(), result.journeys(), result.seconds(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  requests: %d, errors: %d, throughput: %.1f requests/s%n",
                figures.requests(), figures.errors(), result.throughput());
        figures.notes().forEach((what, count) -> System.out.printf(Locale.ROOT, "  %s: %d%n", what, count));
        figures.table().forEach(System.out::println);
        double autosave = figures.percentileMillis("autosave", 95);
        boolean passed = figures.errors() == 0 && result.completed() == result.journeys() && autosave < AUTOSAVE_P95_TARGET_MS;
        long lanternCpu = 0;
        long served = 0;
        for (int i = 0; i < lanterns.size(); i++) {
            Snapshot b = before.get(i);
            Snapshot a = after.get(i);
            long sessions = a.sessions() - b.sessions();
            double perSession = sessions <= 0 ? Double.NaN : (a.heap() - b.heap()) / 1024.0 / sessions;
            long requests = a.requests() - b.requests();
            long cpu = a.cpuNanos() - b.cpuNanos();
            lanternCpu += cpu;
            served += requests;
            passed &= perSession < SESSION_KB_TARGET;
            System.out.printf(Locale.ROOT, "  %s: %d new sessions (%d live), heap after GC %.1f MB -> %.1f MB of %d MB: "
                            + "%.0f KB per session (target under %.0f KB)%n", lanterns.get(i).name(), sessions,
                    a.sessions(), b.heap() / 1048576.0, a.heap() / 1048576.0, a.maxHeap() >> 20, perSession, SESSION_KB_TARGET);
            int[] waiting = sampler.waiting(i);
            System.out.printf(Locale.ROOT, "      %d requests, CPU %.1f s: %.2f ms per request; database connections of its "
                            + "pool: %d active at the peak (%.1f on average), %d open; requests waiting for one: %d at the "
                            + "peak, in %d of the seconds sampled%n", requests, cpu / 1e9,
                    requests == 0 ? 0 : cpu / 1e6 / requests, sampler.peakActive(i), sampler.meanActive(i), sampler.peakOpen(i),
                    waiting[0], waiting[1]);
            LoadFigures own = result.byInstance().get(lanterns.get(i).name());
            if (own != null) {
                System.out.printf(Locale.ROOT, "      through the balancer: %d requests, autosave p95 %.1f ms, overall p95 %.1f ms, "
                        + "%d errors%n", own.requests(), own.percentileMillis("autosave", 95), own.overallPercentileMillis(95),
                        own.errors());
            }
        }
        result.byInstance().keySet().stream().filter(k -> lanterns.stream().noneMatch(l -> l.name().equals(k)))
                .forEach(k -> System.out.println("      journeys with no instance cookie: " + result.byInstance().get(k).requests() + " requests"));
        int[] server = sampler.server();
        System.out.printf(Locale.ROOT, "  autosave p95 %.1f ms (target under %.0f ms), errors %d (target 0)%n",
                autosave, AUTOSAVE_P95_TARGET_MS, figures.errors());
        System.out.printf(Locale.ROOT, "  PostgreSQL: %d connections at the peak (%d running a query) of max_connections %d%n",
                server[0], server[1], server[2]);
        System.out.printf(Locale.ROOT, "  CPU: Lantern %.2f ms per request served (%.1f s in all), PostgreSQL %.2f ms (%.1f s), "
                        + "simulated browsers %.2f ms (%.1f s): one core would carry about %.0f requests/s of Lantern and "
                        + "PostgreSQL%n", lanternCpu / 1e6 / served, lanternCpu / 1e9, databaseCpuNanos / 1e6 / served,
                databaseCpuNanos / 1e9, browserCpuNanos / 1e6 / served, browserCpuNanos / 1e9,
                served / ((lanternCpu + databaseCpuNanos) / 1e9));
        System.out.printf(Locale.ROOT, "  load average (1 min): %.2f at the start, %.2f at the end (%d processors)%n",
                loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        figures.errorMessages().forEach(m -> System.out.println("  error: " + m));
        System.out.println(passed ? "  targets met" : "  TARGETS NOT MET");
        return passed;
    }

    /** The classes whose live instances grew most between two histograms ({@code jcmd GC.class_histogram}). */
    static void printHistogramGrowth(String instance, String before, String after, long sessions) {
        Map<String, long[]> was = parse(before);
        List<Map.Entry<String, long[]>> growth = new ArrayList<>();
        parse(after).forEach((name, now) -> {
            long[] then = was.getOrDefault(name, new long[2]);
            growth.add(Map.entry(name, new long[] {now[0] - then[0], now[1] - then[1]}));
        });
        growth.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        System.out.printf(Locale.ROOT, "  %s: live objects that grew most, per new session (%d sessions)%n", instance, sessions);
        growth.stream().limit(30).forEach(e -> System.out.printf(Locale.ROOT, "    %9.1f objects %9.0f bytes  %s%n",
                e.getValue()[0] / (double) Math.max(1, sessions), e.getValue()[1] / (double) Math.max(1, sessions), e.getKey()));
    }

    private static Map<String, long[]> parse(String histogram) {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return classes;
    }
}
