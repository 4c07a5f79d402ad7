package org.lantern.reports;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the time of working out a release went, phase by phase (reading the answers, populations,
 * disclosure audit, statistics, storing): wall time, and the CPU time of Lantern's whole process
 * (every thread, the garbage collector's too) over the same span, for the log line of each release and
 * the report benchmark. One per release, used by one thread at a time.
 */
final class ReleasePhases {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<String, long[]> nanos = new LinkedHashMap<>(); // phase -> {wall, cpu}
    private long last = System.nanoTime();
    private long lastCpu = OS.getProcessCpuTime();

    /** Books the time since the previous mark (or since this was made) to {@code phase}. */
    void mark(String phase) {
        long now = System.nanoTime();
        long cpu = OS.getProcessCpuTime();
        long[] spent = nanos.computeIfAbsent(phase, p -> new long[2]);
        spent[0] += now - last;
        spent[1] += cpu - lastCpu;
        last = now;
        lastCpu = cpu;
    }

    /** Milliseconds per phase, in the order they first ran. */
    Map<String, Double> millis() {
        Map<String, Double> millis = new LinkedHashMap<>();
        nanos.forEach((phase, n) -> millis.put(phase, n[0] / 1e6));
        return millis;
    }

    /** "phase W ms (C ms CPU)", phase by phase. */
    @Override
    public String toString() {
        return nanos.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %d ms (%d CPU)", e.getKey(),
                e.getValue()[0] / 1_000_000, e.getValue()[1] / 1_000_000)).collect(Collectors.joining(", "));
    }
}
