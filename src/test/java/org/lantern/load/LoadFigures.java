package org.lantern.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Response times per step (each HTTP request is one sample), errors, notes, and their summary. Thread-safe. */
final class LoadFigures {

    /** One request: when it started (epoch ms) and how long it took. */
    record Sample(long startedMillis, long nanos) {
    }

    private final Map<String, ConcurrentLinkedQueue<Sample>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errorsByStep = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorMessages = new ConcurrentLinkedQueue<>();
    private final List<String> stepOrder = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicLong> notes = new ConcurrentHashMap<>();

    void record(String step, long startedMillis, long nanos) {
        record(step, new Sample(startedMillis, nanos));
    }

    private void record(String step, Sample sample) {
        times.computeIfAbsent(step, s -> {
            stepOrder.add(s);
            return new ConcurrentLinkedQueue<>();
        }).add(sample);
    }

    void error(String step, String message) {
        errorsByStep.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
        if (errorMessages.size() < 20) {
            errorMessages.add(step + ": " + message);
        }
    }

    /** Counts something that is not an error but worth printing, e.g. a sign-in asked to try again. */
    void note(String what) {
        notes.computeIfAbsent(what, s -> new AtomicLong()).incrementAndGet();
    }

    /** How often each note was counted. */
    Map<String, Long> notes() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        notes.forEach((what, count) -> counts.put(what, count.get()));
        return counts;
    }

    /** Adds another's samples and errors (one journey's figures to a run's or an instance's). */
    void addAll(LoadFigures other) {
        synchronized (other.stepOrder) {
            for (String step : other.stepOrder) {
                other.times.get(step).forEach(sample -> record(step, sample));
            }
        }
        other.notes.forEach((what, count) -> notes.computeIfAbsent(what, s -> new AtomicLong()).addAndGet(count.get()));
        other.errorsByStep.forEach((step, count) -> errorsByStep.computeIfAbsent(step, s -> new AtomicLong()).addAndGet(count.get()));
        for (String message : other.errorMessages) {
            if (errorMessages.size() < 20) {
                errorMessages.add(message);
            }
        }
    }

    /** The given percentile of one step's response times in milliseconds (0 when it has none). */
    double percentileMillis(String step, double p) {
        ConcurrentLinkedQueue<Sample> values = times.get(step);
        return values == null ? 0 : percentile(values.stream().mapToLong(Sample::nanos).sorted().toArray(), p);
    }

    /** One step's samples (none when it has none). */
    List<Sample> samples(String step) {
        ConcurrentLinkedQueue<Sample> values = times.get(step);
        return values == null ? List.of() : List.copyOf(values);
    }

    /** When the last request ended (epoch ms). */
    long lastEndMillis() {
        return times.values().stream().flatMap(ConcurrentLinkedQueue::stream)
                .mapToLong(s -> s.startedMillis() + s.nanos() / 1_000_000).max().orElse(0);
    }

    long requests() {
        return times.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    long errors() {
        return errorsByStep.values().stream().mapToLong(AtomicLong::get).sum();
    }

    List<String> errorMessages() {
        return List.copyOf(errorMessages);
    }

    /** One line per step and an overall line: count, p50, p95, p99 and max in milliseconds. */
    List<String> table() {
        Map<String, long[]> sorted = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        synchronized (stepOrder) {
            for (String step : stepOrder) {
                long[] values = times.get(step).stream().mapToLong(Sample::nanos).toArray();
                Arrays.sort(values);
                sorted.put(step, values);
                for (long v : values) {
                    all.add(v);
                }
            }
        }
        long[] overall = all.stream().mapToLong(Long::longValue).sorted().toArray();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-14s %7s %7s %8s %8s %8s %8s", "step", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        sorted.forEach((step, values) -> lines.add(line(step, values, errorsByStep.getOrDefault(step, new AtomicLong()).get())));
        lines.add(line("overall", overall, errors()));
        return lines;
    }

    double overallPercentileMillis(double p) {
        long[] values = times.values().stream().flatMap(ConcurrentLinkedQueue::stream).mapToLong(Sample::nanos).sorted().toArray();
        return percentile(values, p);
    }

    private static String line(String step, long[] values, long errors) {
        return String.format(Locale.ROOT, "  %-14s %7d %7d %8.1f %8.1f %8.1f %8.1f", step, values.length, errors,
                percentile(values, 50), percentile(values, 95), percentile(values, 99),
                values.length == 0 ? 0 : values[values.length - 1] / 1e6);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
}
