package org.lantern.base.startup;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The time each step of one application context's start took. The code that runs a step times it
 * here; a step that runs inside another (the database started while Spring builds its beans) counts
 * only for itself, so the phases add up to the whole start. One instance per context, made by
 * {@link StartupLog} before the context refreshes and available to every bean.
 */
public final class StartupPhases {

    public static final String JVM = "jvm";
    public static final String SPRING = "spring";
    public static final String DATABASE = "database";
    public static final String LIQUIBASE = "liquibase";
    public static final String CONTENT = "content";
    public static final String INDEX = "index";
    public static final String VAADIN = "vaadin";
    public static final String DEMO = "demo";
    public static final String OTHER = "other";
    /** In the order of the line. */
    public static final List<String> PHASES = List.of(JVM, SPRING, DATABASE, LIQUIBASE, CONTENT, INDEX, VAADIN, DEMO, OTHER);

    private final Map<String, Long> nanos = new ConcurrentHashMap<>();
    private volatile String printed = "";
    private final ThreadLocal<Deque<Running>> running = ThreadLocal.withInitial(ArrayDeque::new);

    /** A step's work that may throw. */
    @FunctionalInterface
    public interface Step<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs one step and adds its time (less that of the steps inside it) to its phase. */
    public <T, E extends Exception> T time(String phase, Step<T, E> step) throws E {
        begin(phase);
        try {
            return step.run();
        } finally {
            end(phase);
        }
    }

    /** Starts timing a step on this thread; the step it runs inside pauses until {@link #end}. */
    public void begin(String phase) {
        long now = System.nanoTime();
        Deque<Running> stack = running.get();
        Running outer = stack.peek();
        if (outer != null) {
            outer.pause(now);
        }
        stack.push(new Running(phase, now));
    }

    /** Stops timing the innermost step of this phase on this thread (nothing when it was not begun here). */
    public void end(String phase) {
        long now = System.nanoTime();
        Deque<Running> stack = running.get();
        if (stack.isEmpty() || !stack.peek().phase.equals(phase)) {
            return;
        }
        Running done = stack.pop();
        nanos.merge(phase, done.elapsed(now), Long::sum);
        Running outer = stack.peek();
        if (outer != null) {
            outer.resume(now);
        }
    }

    /**
     * The line printed at start: the whole time from the JVM's start, then every phase.
     *
     * @param jvm   from the JVM's start to Spring Boot's (class loading of the launcher and main)
     * @param spring Spring Boot's own figure for its start, up to ready
     */
    public String line(Duration jvm, Duration spring) {
        Map<String, Long> shown = new LinkedHashMap<>();
        long measured = 0;
        for (String phase : PHASES) {
            long value = nanos.getOrDefault(phase, 0L);
            shown.put(phase, value);
            measured += value;
        }
        shown.put(JVM, jvm.toNanos());
        shown.put(OTHER, Math.max(0, spring.toNanos() - measured));
        return "Started in " + seconds(jvm.plus(spring).toNanos()) + " s: " + shown.entrySet().stream()
                .map(e -> e.getKey() + " " + seconds(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The time measured so far for one phase (the steps inside it not counted). */
    public Duration measured(String phase) {
        return Duration.ofNanos(nanos.getOrDefault(phase, 0L));
    }

    /** Makes the line and keeps it, as the one printed at start. */
    String printed(Duration jvm, Duration spring) {
        printed = line(jvm, spring);
        return printed;
    }

    /** The line printed when this context became ready (empty before). */
    public String printed() {
        return printed;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static final class Running {
        private final String phase;
        private long since;
        private long total;

        Running(String phase, long now) {
            this.phase = phase;
            this.since = now;
        }

        void pause(long now) {
            total += now - since;
        }

        void resume(long now) {
            since = now;
        }

        long elapsed(long now) {
            return total + now - since;
        }
    }
}
