package org.lantern.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the slow autosaves of a launch morning come from: the run split at the moment the last sign-in
 * was answered, and in each part the autosaves as the simulated browser timed them, as Lantern's outermost
 * filter timed them ({@link ServerTimes}), and the garbage collector's pauses in the same time.
 */
final class TailFigures {

    /** A pause line of {@code -Xlog:gc:file=...:tm}: {@code [1765157000123ms] GC(12) Pause Young (Normal) ... 12.345ms}. */
    private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+)ms\\] GC\\(\\d+\\) Pause .* (\\d+(?:\\.\\d+)?)ms$");

    /** One timed request or pause: when it started (epoch ms) and how long it took. */
    record Span(long startedMillis, long nanos) {
    }

    private TailFigures() {
    }

    /** The JVM option that logs an instance's GC pauses with the wall-clock time they happened, for {@link #print}. */
    static String gcLogOption(Path file) {
        return "-Xlog:gc:file=" + file.toAbsolutePath() + ":tm";
    }

    /**
     * Prints, for the sign-in minutes and for the rest of the run, the autosaves timed by the browser and inside
     * Lantern, and the GC pauses.
     *
     * @param serverTimes each instance's {@link LanternProcess#serverTimes()}
     * @param gcLogs      each instance's GC log
     */
    static void print(LoadFigures figures, List<List<String>> serverTimes, List<Path> gcLogs) throws IOException {
        long signInsOver = figures.samples("login-post").stream()
                .mapToLong(s -> s.startedMillis() + s.nanos() / 1_000_000).max().orElse(Long.MIN_VALUE);
        long firstStart = figures.samples("login-page").stream().mapToLong(LoadFigures.Sample::startedMillis).min().orElse(0);
        long lastEnd = figures.lastEndMillis();
        List<Span> client = figures.samples("autosave").stream().map(s -> new Span(s.startedMillis(), s.nanos())).toList();
        List<Span> server = new ArrayList<>();
        for (List<String> lines : serverTimes) {
            for (String line : lines) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("autosave")) {
                    server.add(new Span(Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                }
            }
        }
        List<Span> pauses = new ArrayList<>();
        for (Path log : gcLogs) {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log)) {
                    Matcher m = PAUSE.matcher(line);
                    if (m.matches()) {
                        pauses.add(new Span(Long.parseLong(m.group(1)), (long) (Double.parseDouble(m.group(2)) * 1e6)));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "  autosaves, by the simulated browser and inside Lantern (from its first filter to "
                + "its answer), and GC pauses; the sign-in minutes end when the last sign-in was answered, %.0f s "
                + "after the first started%n", (signInsOver - firstStart) / 1000.0);
        System.out.printf(Locale.ROOT, "  %-22s %8s %9s %9s %9s %9s %9s %9s %15s%n", "", "autosaves", "browser", "p95", "p99",
                "Lantern", "p95", "p99", "GC pauses");
        System.out.printf(Locale.ROOT, "  %-22s %8s %9s %9s %9s %9s %9s %9s %15s%n", "", "", "p50 ms", "ms", "ms",
                "p50 ms", "ms", "ms", "n, max ms");
        line("during the sign-ins", client, server, pauses, t -> firstStart <= t && t <= signInsOver);
        line("after the sign-ins", client, server, pauses, t -> signInsOver < t && t <= lastEnd);
        line("the whole run", client, server, pauses, t -> firstStart <= t && t <= lastEnd);
    }

    private static void line(String label, List<Span> client, List<Span> server, List<Span> pauses, LongPredicate when) {
        long[] browser = sorted(client, when);
        long[] lantern = sorted(server, when);
        long[] paused = sorted(pauses, when);
        System.out.printf(Locale.ROOT, "  %-22s %8d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %6d, %6.1f%n", label, browser.length,
                LoadFigures.percentile(browser, 50), LoadFigures.percentile(browser, 95), LoadFigures.percentile(browser, 99),
                LoadFigures.percentile(lantern, 50), LoadFigures.percentile(lantern, 95), LoadFigures.percentile(lantern, 99),
                paused.length, paused.length == 0 ? 0 : paused[paused.length - 1] / 1e6);
    }

    private static long[] sorted(List<Span> spans, LongPredicate when) {
        return spans.stream().filter(s -> when.test(s.startedMillis())).mapToLong(Span::nanos).sorted().toArray();
    }
}
