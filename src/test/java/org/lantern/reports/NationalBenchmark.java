package org.lantern.reports;

import org.jooq.DSLContext;
import org.lantern.base.security.Account;
import org.lantern.reports.api.ReportJsonBytes;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.SurveyDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The national part of the report benchmark: 100,000 participants × 3 waves × the survey's 33
 * questions over 200 teams (about 10 million answers, generated in PostgreSQL). Makes the release of
 * the first and last waves (with its phases), then reads every view and export of it N times (p50,
 * p95, and Lantern's CPU per read on the reading thread), next to the bare paired SQL on the same data.
 */
final class NationalBenchmark {

    static final int TEAMS = 200;
    static final double WRITES = 0.05;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private NationalBenchmark() {
    }

    static void run(ConfigurableApplicationContext context, Account evaluator, int participants, int reads) throws Exception {
        Programmes programmes = context.getBean(Programmes.class);
        ReportService reports = context.getBean(ReportService.class);
        ReleaseService releases = context.getBean(ReleaseService.class);
        DataSource dataSource = context.getBean(DataSource.class);
        DSLContext db = context.getBean(DSLContext.class);
        ObjectMapper json = context.getBean(ObjectMapper.class);
        SurveyDefinition survey = programmes.survey("recovery-knowledge").orElseThrow();
        List<String> teamNames = new ArrayList<>();
        for (int t = 1; t <= TEAMS; t++) {
            teamNames.add(String.format(Locale.ROOT, "Region team %03d", t));
        }
        LocalDate start = LocalDate.of(2025, 1, 6);
        Programme programme = programmes.createProgramme(evaluator, new NewProgramme("national", "National programme",
                survey.key(), teamNames, List.of(new NewProgramme.NewWave("before", start, start.plusDays(28)),
                new NewProgramme.NewWave("middle", start.plusDays(90), start.plusDays(118)),
                new NewProgramme.NewWave("after", start.plusDays(180), start.plusDays(208)))));
        long loadStarted = System.nanoTime();
        long answers = NationalProgramme.load(dataSource, programme, survey, participants, WRITES);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("participant", "response", "answer")) {
                s.execute("VACUUM ANALYZE " + table);
            }
        }
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        String load = loadAverage();

        long cpu = processCpu();
        long started = System.nanoTime();
        ReleaseInfo made = releases.release(evaluator, "national", null, null, Set.of(), null);
        double makeMs = (System.nanoTime() - started) / 1e6;
        double makeCpuMs = (processCpu() - cpu) / 1e6;
        ReleasePhases phases = releases.lastPhases();

        Map<String, Supplier<Object>> views = new LinkedHashMap<>();
        Supplier<Report> all = () -> reports.report(evaluator, "national", null, null, null);
        views.put("report page data, all teams", all::get);
        views.put("report page data, one team", () -> reports.report(evaluator, "national", null, null, "Region team 107"));
        views.put("JSON API, all teams", () -> {
            Report report = all.get();
            return reports.body(report, "json", () -> ReportJsonBytes.write(json, report));
        });
        for (ExportFormat format : ExportFormat.values()) {
            views.put(format.name() + " export, all teams", () -> reports.export(all.get(), format));
        }
        views.put("from storage (unzip and parse), all teams", () -> {
            reports.forgetCached();
            return all.get();
        });
        Map<String, double[]> timings = new LinkedHashMap<>();
        views.forEach((name, view) -> timings.put(name, time(view, reads)));

        Programme.Wave before = programme.waves().getFirst();
        Programme.Wave after = programme.waves().getLast();
        String bare = ReportBenchmark.BARE_SQL.formatted(after.id(), before.id());
        double[] sql = time(() -> db.fetch(bare), 3);

        System.out.println();
        System.out.println("National report benchmark: " + NationalProgramme.describe(participants, programme.waves().size(),
                survey.items(), WRITES, answers, TEAMS));
        System.out.printf(Locale.ROOT, "  generated and analysed in PostgreSQL in %.1f s; load average after loading %s, at the end %s%n",
                loadSeconds, load, loadAverage());
        System.out.printf(Locale.ROOT, "  making release %d (before to after, trend over 3 waves, %d teams, %d groups of figures hidden): "
                + "%.0f ms wall, %.0f ms CPU of Lantern's process%n", made.version(), TEAMS, made.hiddenFigures(), makeMs, makeCpuMs);
        System.out.println("    phases: " + phases);
        System.out.printf(Locale.ROOT, "  %-44s %9s %9s %12s %16s %14s%n", "reading the release (" + reads + " reads)", "p50 ms",
                "p95 ms", "CPU ms/read", "reads/s per core", "first read ms");
        timings.forEach((name, t) -> System.out.printf(Locale.ROOT, "  %-44s %9.2f %9.2f %12.2f %16.0f %14.0f%n", name, t[0], t[1],
                t[2], 1000 / t[2], t[3]));
        System.out.printf(Locale.ROOT, "  bare paired SQL aggregation over the same data (%d teams x %d questions): p50 %.0f ms "
                + "(3 runs)%n", TEAMS, survey.items().stream().filter(i -> i.type() == SurveyDefinition.ItemType.LIKERT).count(), sql[0]);
        System.out.printf(Locale.ROOT, "  release made / bare SQL: %.2fx; slowest read p95 / bare SQL: %.4fx%n", makeMs / sql[0],
                timings.values().stream().mapToDouble(t -> t[1]).max().orElse(0) / sql[0]);
    }

    /**
     * p50 and p95 of the wall time, the mean CPU time of the reading thread, and the wall time of the first
     * read, in ms, after three warm-up reads.
     */
    private static double[] time(Supplier<Object> work, int runs) {
        long firstStarted = System.nanoTime();
        work.get();
        double first = (System.nanoTime() - firstStarted) / 1e6;
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        double[] wall = new double[runs];
        long cpu = 0;
        for (int i = 0; i < runs; i++) {
            long cpuStarted = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - started) / 1e6;
            cpu += THREADS.getCurrentThreadCpuTime() - cpuStarted;
        }
        Arrays.sort(wall);
        return new double[]{percentile(wall, 50), percentile(wall, 95), cpu / 1e6 / runs, first};
    }

    /** Nearest rank. */
    private static double percentile(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
