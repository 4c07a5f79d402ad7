package org.lantern.reports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the time of working out a release went, phase by phase (reading the answers, populations,
 * disclosure audit, statistics, storing), for the log line of each release and the report benchmark.
 * One per release, used by one thread at a time.
 */
final class ReleasePhases {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Books the time since the previous mark (or since this was made) to {@code phase}. */
    void mark(String phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - last, Long::sum);
        last = now;
    }

    /** Milliseconds per phase, in the order they first ran. */
    Map<String, Double> millis() {
        Map<String, Double> millis = new LinkedHashMap<>();
        nanos.forEach((phase, n) -> millis.put(phase, n / 1e6));
        return millis;
    }

    @Override
    public String toString() {
        return nanos.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %d ms", e.getKey(), e.getValue() / 1_000_000))
                .collect(Collectors.joining(", "));
    }
}
