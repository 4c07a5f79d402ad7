package org.lantern.reports;

import org.lantern.base.security.Account;
import org.jooq.DSLContext;
import org.lantern.LanternApplication;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.Programmes;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The report benchmark (not part of the build): 25,000 participants × 2 waves × 20 questions =
 * 1,000,000 answers over 50 teams, generated from a fixed seed into a fresh embedded PostgreSQL.
 * Times working out a release (every question, theme and team, all statistics and the whole
 * disclosure audit), making it (the same plus storing), and reading it, next to the bare paired SQL
 * aggregation on the same data in the same run. Run with {@code ./mvnw test-compile exec:exec@report-benchmark}.
 */
public final class ReportBenchmark {

    static final int PARTICIPANTS = 25_000;
    static final int TEAMS = 50;
    static final int QUESTIONS = 20;
    static final long SEED = 2026;
    static final int RUNS = 10;

    /** The paired join and aggregation a database alone would do: per question and team, pairs, means and SD of change. */
    static final String BARE_SQL = """
            SELECT p.team_id, ab.item_key, count(*) AS pairs, avg(ab.value_number) AS before_mean,
                   avg(aa.value_number) AS after_mean, avg(aa.value_number - ab.value_number) AS mean_change,
                   stddev_samp(aa.value_number - ab.value_number) AS sd_change
            FROM response rb
            JOIN response ra ON ra.participant_id = rb.participant_id AND ra.wave_id = %d AND ra.status = 'submitted'
            JOIN answer ab ON ab.response_id = rb.id
            JOIN answer aa ON aa.response_id = ra.id AND aa.item_key = ab.item_key
            JOIN participant p ON p.id = rb.participant_id
            WHERE rb.wave_id = %d AND rb.status = 'submitted'
              AND ab.value_number IS NOT NULL AND aa.value_number IS NOT NULL
            GROUP BY p.team_id, ab.item_key""";

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // -Dbenchmark.keep=/some/folder keeps the generated database there, to explore plans with psql afterwards
        String keep = System.getProperty("benchmark.keep", "").isBlank() ? null : System.getProperty("benchmark.keep");
        Path data = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("lantern-benchmark");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LanternApplication.class)
                // durable as users run it: with asynchronous commit, VACUUM cannot mark the freshly loaded pages
                // all-visible, and every index-only scan would visit the table as well.
                // command-line arguments: they win over application.properties (builder properties would not)
                .run(concat(args, "--lantern.data-dir=" + data, "--lantern.demo=false", "--lantern.embedded-db.durable=true",
                        "--lantern.embedded-db.ephemeral=" + (keep == null), "--server.port=0", "--vaadin.productionMode=true",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off"))) {
            Account evaluator = run(context);
            // -Dbenchmark.national=0 leaves the national part out; fewer participants to try it quickly
            int national = Integer.getInteger("benchmark.national", 100_000);
            if (national > 0) {
                NationalBenchmark.run(context, evaluator, national, Integer.getInteger("benchmark.reads", 50));
            }
        }
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private static Account run(ConfigurableApplicationContext context) throws Exception {
        PeopleService people = context.getBean(PeopleService.class);
        Programmes programmes = context.getBean(Programmes.class);
        ReportService reports = context.getBean(ReportService.class);
        DSLContext db = context.getBean(DSLContext.class);
        DataSource dataSource = context.getBean(DataSource.class);

        Account evaluator = people.createAccount(new NewAccount("bench.evaluator", "Benchmark Evaluator", "benchmark-only-password",
                EnumSet.of(Role.EVALUATOR), Set.of(), Set.of()));
        SurveyDefinition survey = programmes.survey("recovery-knowledge").orElseThrow();
        List<SurveyDefinition.Item> questions = survey.items().stream()
                .filter(i -> i.type() == SurveyDefinition.ItemType.LIKERT).limit(QUESTIONS).toList();
        List<String> teamNames = new ArrayList<>();
        for (int t = 1; t <= TEAMS; t++) {
            teamNames.add(String.format(Locale.ROOT, "Benchmark team %02d", t));
        }
        LocalDate start = LocalDate.of(2025, 1, 6);
        Programme programme = programmes.createProgramme(evaluator, new NewProgramme("benchmark", "Benchmark programme",
                survey.key(), teamNames, List.of(new NewProgramme.NewWave("before", start, start.plusDays(28)),
                new NewProgramme.NewWave("after", start.plusDays(180), start.plusDays(208)))));

        long loadStarted = System.nanoTime();
        long answers = load(dataSource, programme, questions, survey.scale());
        String allVisible;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE participant");
            s.execute("VACUUM ANALYZE response");
            s.execute("VACUUM ANALYZE answer");
            try (ResultSet r = s.executeQuery("SELECT relallvisible, relpages FROM pg_class WHERE relname = 'answer'")) {
                r.next();
                allVisible = "%d of %d answer pages all-visible".formatted(r.getInt(1), r.getInt(2));
            }
        }
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

        long beforeId = programme.waves().get(0).id();
        long afterId = programme.waves().get(1).id();
        String bare = BARE_SQL.formatted(afterId, beforeId);
        ReleaseService releases = context.getBean(ReleaseService.class);
        org.lantern.surveys.EvaluationSource evaluations = context.getBean(org.lantern.surveys.EvaluationSource.class);

        double[] readModel = time(() -> evaluations.read(programme));
        double[] workedOut = time(() -> releases.pendingComments(evaluator, "benchmark", null, null));
        long started = System.nanoTime();
        ReleaseInfo made = releases.release(evaluator, "benchmark", null, null, Set.of(), null);
        double makeMs = (System.nanoTime() - started) / 1e6;
        Supplier<Object> cold = () -> {
            reports.forgetCached();
            return reports.report(evaluator, "benchmark", null, null, null);
        };
        Supplier<Object> warm = () -> reports.report(evaluator, "benchmark", null, null, null);
        Supplier<Object> oneTeam = () -> reports.report(evaluator, "benchmark", null, null, "Benchmark team 07");
        Report check = reports.report(evaluator, "benchmark", null, null, null);
        double[] readCold = time(cold);
        double[] readWarm = time(warm);
        double[] readTeam = time(oneTeam);
        long csvStarted = System.nanoTime();
        reports.export(check, ExportFormat.CSV);
        double csvFirst = (System.nanoTime() - csvStarted) / 1e6;
        double[] csv = time(() -> reports.export(check, ExportFormat.CSV));
        int bareRows = db.fetch(bare).size();
        double[] sqlTimes = time(() -> db.fetch(bare));

        System.out.println();
        System.out.printf(Locale.ROOT, "Report benchmark: %,d participants x 2 waves x %d questions = %,d answers, %d teams (seed %d)%n",
                PARTICIPANTS, QUESTIONS, answers, TEAMS, SEED);
        System.out.printf(Locale.ROOT, "  generated, loaded and analysed in %.1f s (%s); Java %s, %d processors%n", loadSeconds,
                allVisible, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  reading the answers (surveys' read model, one row per response): median %.0f ms%n", median(readModel));
        System.out.printf(Locale.ROOT, "  working out a release (%d questions, %d themes, %d teams, all statistics, disclosure audit): "
                + "median %.0f ms, best %.0f ms (%d runs)%n", check.overall().items().size(), check.overall().themes().size(),
                check.teams().size(), median(workedOut), workedOut[0], RUNS);
        System.out.printf(Locale.ROOT, "  making release %d (the same, stored): %.0f ms; %d groups of figures hidden%n", made.version(),
                makeMs, made.hiddenFigures());
        System.out.printf(Locale.ROOT, "  reading the release, all teams: median %.2f ms from storage (unzip and parse), %.3f ms cached; "
                + "one team %.3f ms%n", median(readCold), median(readWarm), median(readTeam));
        System.out.printf(Locale.ROOT, "  CSV export of it: %.1f ms the first time, then median %.3f ms (kept)%n", csvFirst, median(csv));
        System.out.printf(Locale.ROOT, "  bare paired SQL aggregation (%d rows): median %.0f ms, best %.0f ms (%d runs)%n",
                bareRows, median(sqlTimes), sqlTimes[0], RUNS);
        System.out.printf(Locale.ROOT, "  release worked out / bare SQL: %.2fx; reading a release from storage / bare SQL: %.3fx%n",
                median(workedOut) / median(sqlTimes), median(readCold) / median(sqlTimes));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet plan = s.executeQuery("EXPLAIN " + bare)) {
            List<String> nodes = new ArrayList<>();
            while (plan.next()) {
                String line = plan.getString(1).trim().replaceFirst("^->\\s*", "");
                if (line.matches("^(Merge|Hash|Nested Loop|Index Only Scan|Index Scan|Seq Scan|HashAggregate|GroupAggregate|Sort|Gather).*")) {
                    nodes.add(line.replaceAll("\\s*\\(cost=.*", ""));
                }
            }
            System.out.println("  plan of the bare SQL: " + String.join(" / ", nodes));
        }
        System.out.println("  load average at the end: " + NationalBenchmark.loadAverage());
        return evaluator;
    }

    /** Participants, responses and answers from a fixed seed, loaded with COPY. */
    static long load(DataSource dataSource, Programme programme, List<SurveyDefinition.Item> questions,
                             SurveyDefinition.Scale scale) throws Exception {
        Random random = new Random(SEED);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int p = 0; p < PARTICIPANTS; p++) {
                rows.append(programme.id()).append('\t').append(String.format(Locale.ROOT, "B-%05d", p)).append('\t')
                        .append(programme.teams().get(p % TEAMS).id()).append('\n');
            }
            copy.copyIn("COPY participant (programme_id, code, team_id) FROM STDIN", new StringReader(rows.toString()));
            long[] participants = ids(c, "SELECT id FROM participant WHERE programme_id = " + programme.id() + " ORDER BY code");

            long batch;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("INSERT INTO survey_import (programme_id, "
                    + "imported_by_name, imported_on, responses) VALUES (" + programme.id() + ", 'Benchmark loader', current_date, "
                    + participants.length * 2L + ") RETURNING id")) {
                r.next();
                batch = r.getLong(1);
            }
            rows.setLength(0);
            for (long participant : participants) {
                for (Programme.Wave wave : programme.waves()) {
                    rows.append(participant).append('\t').append(wave.id()).append("\tsubmitted\timport\t")
                            .append(wave.closes()).append('\t').append(batch).append('\n');
                }
            }
            copy.copyIn("COPY response (participant_id, wave_id, status, source, submitted_at, import_id) FROM STDIN",
                    new StringReader(rows.toString()));
            long[] responses = ids(c, "SELECT r.id FROM response r JOIN participant p ON p.id = r.participant_id "
                    + "WHERE p.programme_id = " + programme.id() + " ORDER BY p.code, r.wave_id");

            rows.setLength(0);
            long count = 0;
            for (int p = 0; p < participants.length; p++) {
                double person = random.nextGaussian() * 0.6;
                for (int w = 0; w < 2; w++) {
                    long response = responses[p * 2 + w];
                    for (SurveyDefinition.Item q : questions) {
                        double gain = w == 1 ? switch (q.theme()) {
                            case "goals", "hope", "risk" -> 0.5;
                            case "carers" -> 0.25;
                            default -> 0.1;
                        } : 0;
                        long score = Math.max(scale.min(), Math.min(scale.max(), Math.round(3.2 + person + gain + random.nextGaussian() * 0.8)));
                        long raw = q.reverse() ? scale.min() + scale.max() - score : score;
                        rows.append(response).append('\t').append(q.key()).append('\t').append(raw).append('\n');
                        count++;
                    }
                }
            }
            copy.copyIn("COPY answer (response_id, item_key, value_number) FROM STDIN", new StringReader(rows.toString()));
            return count;
        }
    }

    private static long[] ids(Connection c, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** Milliseconds of {@link #RUNS} runs after three warm-up runs, sorted. */
    private static double[] time(Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
