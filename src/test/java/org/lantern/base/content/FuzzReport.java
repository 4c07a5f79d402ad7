package org.lantern.base.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutionException;

/**
 * Counts what happened to each generated input, per parser, and keeps the first few failures
 * with the input that caused them so they can be reproduced.
 */
public final class FuzzReport {

    /** What one input gave. Only the first two are acceptable. */
    public enum Outcome {
        /** read as valid content */
        PARSED,
        /** refused with the feature's own clear error (content: file, line and message) */
        REJECTED,
        /** refused, but without a clear message or place, or other valid content was lost */
        UNCLEAR,
        /** another exception type escaped */
        CRASHED,
        /** took longer than the time limit */
        HUNG
    }

    /** The verdict on one input; {@code detail} says what was wrong when it is not acceptable. */
    public record Verdict(Outcome outcome, String detail) {
        public static Verdict parsed() {
            return new Verdict(Outcome.PARSED, "");
        }

        public static Verdict rejected() {
            return new Verdict(Outcome.REJECTED, "");
        }

        public static Verdict unclear(String why) {
            return new Verdict(Outcome.UNCLEAR, why);
        }
    }

    /** One parser's test for one input; may throw anything (a crash) or never return (a hang). */
    @FunctionalInterface
    public interface Attempt {
        Verdict run() throws Exception;
    }

    public record Failure(String target, Outcome outcome, String detail, String input) {
        @Override
        public String toString() {
            String shown = input.length() > 600 ? input.substring(0, 600) + "... (" + input.length() + " chars)" : input;
            return target + " " + outcome + ": " + detail + "\n--- input ---\n" + shown.replace("\u0000", "\\0") + "\n---";
        }
    }

    private final Map<String, Map<Outcome, Integer>> counts = new TreeMap<>();
    private final Map<String, Long> nanos = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final long timeLimitMillis;
    private ExecutorService worker = newWorker();

    public FuzzReport(long timeLimitMillis) {
        this.timeLimitMillis = timeLimitMillis;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs one attempt under the time limit and records its outcome. */
    public Outcome attempt(String target, String input, Attempt attempt) {
        Verdict verdict;
        long started = System.nanoTime();
        Future<Verdict> future = worker.submit(attempt::run);
        try {
            verdict = future.get(timeLimitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();   // the stuck thread is a daemon and is abandoned
            verdict = new Verdict(Outcome.HUNG, "no answer within " + timeLimitMillis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            verdict = new Verdict(Outcome.CRASHED, cause + stackTop(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        nanos.merge(target, System.nanoTime() - started, Long::sum);
        counts.computeIfAbsent(target, t -> new EnumMap<>(Outcome.class)).merge(verdict.outcome(), 1, Integer::sum);
        if (verdict.outcome() != Outcome.PARSED && verdict.outcome() != Outcome.REJECTED && failures.size() < 20) {
            failures.add(new Failure(target, verdict.outcome(), verdict.detail(), input));
        }
        return verdict.outcome();
    }

    private static String stackTop(Throwable t) {
        StringBuilder b = new StringBuilder();
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < Math.min(8, stack.length); i++) {
            b.append("\n    at ").append(stack[i]);
        }
        return b.toString();
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public int total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    public int count(String target, Outcome outcome) {
        return counts.getOrDefault(target, Map.of()).getOrDefault(outcome, 0);
    }

    /** One line per parser with its count per outcome, and a total line. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        counts.forEach((target, byOutcome) -> {
            b.append(String.format("%-22s", target));
            for (Outcome o : Outcome.values()) {
                int n = byOutcome.getOrDefault(o, 0);
                totals.merge(o, n, Integer::sum);
                b.append(String.format(" %s=%d", o.name().toLowerCase(), n));
            }
            b.append(String.format(" (%.1f s)", nanos.getOrDefault(target, 0L) / 1e9)).append('\n');
        });
        b.append(String.format("%-22s", "total " + total()));
        for (Outcome o : Outcome.values()) {
            b.append(String.format(" %s=%d", o.name().toLowerCase(), totals.getOrDefault(o, 0)));
        }
        return b.append('\n').toString();
    }

    public void close() {
        worker.shutdownNow();
    }
}
