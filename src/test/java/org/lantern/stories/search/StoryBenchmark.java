package org.lantern.stories.search;

import org.apache.lucene.store.FSDirectory;
import org.lantern.base.database.EmbeddedDatabase;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Story search benchmark: Lucene (the app's own {@link StoryIndex}) against PostgreSQL full-text
 * search (tsvector + GIN, ts_rank, ts_headline, {@link PostgresStorySearch}) on the same synthetic stories
 * in the same run, PostgreSQL matching like Lantern (any of the words) and, as before, every word required. Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java@story-benchmark [-Dbenchmark.stories=100000] [-Dbenchmark.seed=42]}.
 *
 * <p>Stories are made from the sentences of the shipped composite stories, shuffled with a fixed
 * seed, so vocabulary and phrases are realistic. Every query does what the library page does:
 * the top 10 by relevance with highlighted snippets, the total, and facet counts (theme, setting,
 * role) over all matches. Queries run one at a time after warm-up rounds.
 */
public final class StoryBenchmark {

    private static final String[] QUERIES = {
            "recovery",                 // term, common
            "allotment",                // term, rare
            "\"safety plan\"",          // phrase
            "\"bus pass\"",             // phrase, rare
            "carer -hospital",          // boolean with exclusion
            "medication OR tablets",    // boolean OR
            "recovry",                  // typo
            "risk decision",            // two terms, facets and highlights like every query
            "someone wants to drive again",          // questions in everyday words: some words count,
            "exhausted carer wants a break",         // related ideas, little words left out
            "grandmother looking after a baby"
    };
    private static final String[] KINDS = {"term", "term", "phrase", "phrase", "boolean", "boolean", "typo", "facet+highlight",
            "question", "question", "question"};

    private StoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("benchmark.stories", 100_000);
        long seed = Long.getLong("benchmark.seed", 42L);
        int rounds = Integer.getInteger("benchmark.rounds", 20);
        // warm-up rounds run until at least this many seconds have passed (the JIT needs them), and at least 3
        int warmupSeconds = Integer.getInteger("benchmark.warmup-seconds", 10);
        Path content = Path.of(System.getProperty("benchmark.content", "content"));
        Path work = Files.createTempDirectory("lantern-story-benchmark");
        try {
            judged(content);
            List<IndexedStory> stories = generate(n, seed, content);
            System.out.printf(Locale.ROOT, "Load average before the run: %s (wall-clock times rise with other processes' load)%n", loadAverage());
            System.out.printf(Locale.ROOT, "Story search benchmark: %,d synthetic stories (seed %d, %,d words on average), "
                            + "%d queries x %d rounds after >= %d s of warm-up, one query at a time, %d cores%n",
                    n, seed, stories.stream().mapToInt(s -> s.body().split(" ").length).sum() / Math.max(1, n),
                    QUERIES.length, rounds, warmupSeconds, Runtime.getRuntime().availableProcessors());
            Result lucene = lucene(stories, work.resolve("lucene"), content, rounds, warmupSeconds);
            lucene.print("lucene");
            if (Boolean.getBoolean("benchmark.lucene-only")) {
                for (int q = 0; q < QUERIES.length; q++) {
                    System.out.printf(Locale.ROOT, "  %-16s %-34s %8.2f %7d%n", KINDS[q], QUERIES[q],
                            median(lucene.perQuery.get(q)), lucene.matches[q]);
                }
                System.out.printf(Locale.ROOT, "Load average after the run: %s%n", loadAverage());
                return;
            }
            Result[] postgres = postgres(stories, work.resolve("postgres"), rounds, warmupSeconds);
            Result like = postgres[0];
            Result everyWord = postgres[1];
            like.print("postgres");
            everyWord.print("pg-every");
            System.out.printf(Locale.ROOT, "ratio     postgres/lucene (like for like): p50 %.1fx, p95 %.1fx%n",
                    like.p50() / lucene.p50(), like.p95() / lucene.p95());
            System.out.printf(Locale.ROOT, "ratio     postgres every word required/lucene (the old comparison): p50 %.1fx, p95 %.1fx%n",
                    everyWord.p50() / lucene.p50(), everyWord.p95() / lucene.p95());
            System.out.println("per query (median ms, matches) lucene | postgres like for like | postgres every word:");
            for (int q = 0; q < QUERIES.length; q++) {
                System.out.printf(Locale.ROOT, "  %-16s %-34s %8.2f %7d | %8.2f %7d | %8.2f %7d%n", KINDS[q], QUERIES[q],
                        median(lucene.perQuery.get(q)), lucene.matches[q], median(like.perQuery.get(q)), like.matches[q],
                        median(everyWord.perQuery.get(q)), everyWord.matches[q]);
            }
            System.out.printf(Locale.ROOT, "Load average after the run: %s%n", loadAverage());
        } finally {
            deleteFolder(work);
        }
    }

    /** The judged questions on the shipped stories: Lantern's search beside plain BM25 over any of the words. */
    private static void judged(Path content) throws IOException {
        List<IndexedStory> shipped = JudgedSearch.publishedStories(content);
        try (StoryIndex index = new StoryIndex(new org.apache.lucene.store.ByteBuffersDirectory(), StoryAnalysis.withSynonyms(
                Files.readString(content.resolve("search/synonyms.txt")), Files.readString(content.resolve("search/related.txt"))))) {
            for (IndexedStory story : shipped) {
                index.upsert(story);
            }
            index.refresh();
            List<JudgedSearch.Question> questions = JudgedSearch.questions();
            System.out.printf(Locale.ROOT, "Judged questions (src/test/resources/stories/judged-questions.txt) on the %d published shipped stories:%n",
                    shipped.size());
            System.out.println("  " + JudgedSearch.measure(questions, JudgedSearch.lantern(index)).line("lantern"));
            System.out.println("  " + JudgedSearch.measure(questions, JudgedSearch.bm25AnyWord(shipped)).line("plain BM25, any word"));
        }
    }

    // ---- data

    static List<IndexedStory> generate(int n, long seed, Path content) throws IOException {
        List<String> sentences = new ArrayList<>();
        List<String> titleWords = new ArrayList<>();
        try (Stream<Path> files = Files.list(content.resolve("stories"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                String body = text.substring(text.indexOf("\n---", 3) + 4).replaceAll("\\s+", " ");
                for (String s : body.split("(?<=[.!?]) ")) {
                    if (s.split(" ").length >= 4) {
                        sentences.add(s.strip());
                    }
                }
                text.lines().filter(l -> l.startsWith("title:")).findFirst()
                        .ifPresent(t -> titleWords.addAll(Arrays.asList(t.substring(6).replace("\"", "").strip().split(" "))));
            }
        }
        String[] themes = {"recovery", "hope", "strengths", "positive-risk-taking", "safety-planning", "values",
                "person-centred-planning", "self-directed-support", "carers-and-families", "duty-of-care-and-choice",
                "deskilling", "culture-change", "peer-support", "goal-setting"};
        String[] settings = {"community-mental-health-team", "inpatient-ward", "supported-living", "crisis-home-treatment",
                "recovery-college", "direct-payments", "family-home"};
        String[] roles = {"support-worker", "nurse", "social-worker", "occupational-therapist", "peer-worker", "manager",
                "person-using-services", "carer"};
        Random random = new Random(seed);
        List<IndexedStory> result = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 1; i <= n; i++) {
            StringBuilder body = new StringBuilder();
            int count = 10 + random.nextInt(12);
            for (int s = 0; s < count; s++) {
                body.append(sentences.get(random.nextInt(sentences.size()))).append(s % 4 == 3 ? "\n\n" : " ");
            }
            String title = titleWords.get(random.nextInt(titleWords.size())) + " " + titleWords.get(random.nextInt(titleWords.size()))
                    + " " + titleWords.get(random.nextInt(titleWords.size()));
            String summary = sentences.get(random.nextInt(sentences.size()));
            List<String> storyThemes = random.ints(1 + random.nextInt(3), 0, themes.length).distinct().mapToObj(t -> themes[t]).toList();
            result.add(new IndexedStory(i, "story-" + i, title, summary, body.toString().strip(), storyThemes,
                    settings[random.nextInt(settings.length)], roles[random.nextInt(roles.length)],
                    start.plusDays(random.nextInt(4000)), i));
        }
        return result;
    }

    // ---- engines

    private record Result(int stories, double buildSeconds, long bytes, String sizeNote, String timeNote,
                          List<List<Double>> perQuery, long[] matches) {
        List<Double> all() {
            return perQuery.stream().flatMap(List::stream).toList();
        }

        double p50() {
            return percentile(all(), 50);
        }

        double p95() {
            return percentile(all(), 95);
        }

        void print(String engine) {
            System.out.printf(Locale.ROOT, "%-9s stories=%d build=%.1fs size=%.1fMB%s p50=%.2fms p95=%.2fms%s%n",
                    engine, stories, buildSeconds, bytes / 1_048_576.0, sizeNote, p50(), p95(), timeNote);
        }
    }

    private static Result lucene(List<IndexedStory> stories, Path folder, Path content, int rounds, int warmupSeconds) throws IOException {
        Files.createDirectories(folder);
        StoryAnalysis analysis = StoryAnalysis.withSynonyms(Files.readString(content.resolve("search/synonyms.txt")),
                Files.readString(content.resolve("search/related.txt")));
        long started = System.nanoTime();
        try (StoryIndex index = new StoryIndex(FSDirectory.open(folder), analysis)) {
            index.replaceAll(stories);
            double build = (System.nanoTime() - started) / 1e9;
            long bytes = folderSize(folder);
            long[] matches = new long[QUERIES.length];
            List<List<Double>> times = timed(rounds, warmupSeconds, q -> {
                StorySearchResult result = index.search(new StorySearchRequest(QUERIES[q], "", "", "", StorySort.RELEVANCE, 10, null));
                matches[q] = result.total();
            });
            // Lucene runs in this thread, so its CPU time shows the cost without other processes' load
            String cpu = String.format(Locale.ROOT, " (this thread's CPU: p50=%.2fms p95=%.2fms)", percentile(CPU, 50), percentile(CPU, 95));
            return new Result(stories.size(), build, bytes, "", cpu, times, matches);
        }
    }

    private static Result[] postgres(List<IndexedStory> stories, Path folder, int rounds, int warmupSeconds) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false, true);
             Connection db = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE bench_story (id bigint PRIMARY KEY, slug text NOT NULL, title text NOT NULL, "
                        + "summary text NOT NULL, body text NOT NULL, themes text[] NOT NULL, setting text NOT NULL, "
                        + "role text NOT NULL, published date NOT NULL, tsv tsvector GENERATED ALWAYS AS ("
                        + "setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B') "
                        + "|| setweight(to_tsvector('english', body), 'C')) STORED)");
            }
            long started = System.nanoTime();
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            int batch = 5_000;
            for (int from = 0; from < stories.size(); from += batch) {
                StringBuilder rows = new StringBuilder();
                for (IndexedStory s : stories.subList(from, Math.min(stories.size(), from + batch))) {
                    rows.append(s.id()).append('\t').append(copyText(s.slug())).append('\t').append(copyText(s.title())).append('\t')
                            .append(copyText(s.summary())).append('\t').append(copyText(s.body())).append('\t')
                            .append('{').append(String.join(",", s.themes())).append('}').append('\t')
                            .append(s.setting()).append('\t').append(s.role()).append('\t').append(s.published()).append('\n');
                }
                copy.copyIn("COPY bench_story (id, slug, title, summary, body, themes, setting, role, published) FROM STDIN",
                        new StringReader(rows.toString()));
            }
            try (Statement s = db.createStatement()) {
                s.execute("CREATE INDEX bench_story_tsv ON bench_story USING gin (tsv)");
                s.execute("VACUUM ANALYZE bench_story");
            }
            double build = (System.nanoTime() - started) / 1e9;
            long total;
            long gin;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT pg_total_relation_size('bench_story'), pg_relation_size('bench_story_tsv')")) {
                r.next();
                total = r.getLong(1);
                gin = r.getLong(2);
            }
            String size = String.format(Locale.ROOT, " (GIN %.1fMB)", gin / 1_048_576.0);
            return new Result[]{postgresTimed(db, stories.size(), build, total, size, rounds, warmupSeconds, true),
                    postgresTimed(db, stories.size(), build, total, size, rounds, warmupSeconds, false)};
        }
    }

    /** The query mix in PostgreSQL, like Lantern ({@link PostgresStorySearch#likeLantern}) or every word required. */
    private static Result postgresTimed(Connection db, int stories, double build, long bytes, String size, int rounds,
                                        int warmupSeconds, boolean likeLantern) throws Exception {
        List<PostgresStorySearch> searches = new ArrayList<>();
        for (String query : QUERIES) {
            searches.add(likeLantern ? PostgresStorySearch.likeLantern(db, query) : PostgresStorySearch.everyWord(db, query));
        }
        long[] matches = new long[QUERIES.length];
        try {
            List<List<Double>> times = timed(rounds, warmupSeconds, q -> {
                try {
                    matches[q] = searches.get(q).run();
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            });
            return new Result(stories, build, bytes, size, "", times, matches);
        } finally {
            for (PostgresStorySearch search : searches) {
                search.close();
            }
        }
    }

    /** The 1, 5 and 15 minute load averages. */
    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? String.join(" ", Arrays.copyOf(Files.readString(load).split(" "), 3)) : "?";
    }

    private static String copyText(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    // ---- timing

    private interface Query {
        void run(int q) throws IOException;
    }

    /** CPU time of the timing thread per query, of the last {@link #timed} run (ms). */
    private static final List<Double> CPU = new ArrayList<>();

    private static List<List<Double>> timed(int rounds, int warmupSeconds, Query query) throws IOException {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        CPU.clear();
        long warmupEnds = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        for (int round = 0; round < 3 || System.nanoTime() < warmupEnds; round++) {
            for (int q = 0; q < QUERIES.length; q++) {
                query.run(q);
            }
        }
        List<List<Double>> times = new ArrayList<>();
        for (int q = 0; q < QUERIES.length; q++) {
            times.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < QUERIES.length; q++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                query.run(q);
                times.get(q).add((System.nanoTime() - started) / 1e6);
                CPU.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
        }
        return times;
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(rank, 0, sorted.size() - 1));
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
