package org.lantern.stories.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.lantern.base.content.FuzzReport;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random search-box text drawn from the classic query syntax's special characters and operators,
 * words of the stories, and awkward Unicode (accents, right-to-left, joiners, emoji, lone
 * surrogates, control characters), from a few characters up to 12,000. Each search must give
 * results or the plain "too complex" answer; anything else (an exception, which the app would show
 * as a server error) or more than the time limit fails.
 * <p>
 * Full size, not part of the build: {@code ./mvnw -q test-compile exec:java@story-search-fuzz}
 * (see README); the build runs a few thousand inputs through the service ({@code StorySearchFuzzTest}).
 */
public final class StorySearchFuzzer {

    public static final String TARGET = "story search";

    private static final String[] SYNTAX = {"+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "\"", "~", "*",
            "?", ":", "\\", "/", " AND ", " OR ", " NOT ", " TO ", "~2", "^10", "*:*", "title:", "body:", "all:", "slug:",
            "_id:", "\"~", "/.*/", "[* TO *]", "{a TO z}", "\\\\", "\\\"", "~0.5", "^-1", "~99999"};
    private static final String[] WORDS = {"recovery", "carer", "bus", "pass", "safety", "plan", "ward", "allotment",
            "hope", "risk", "medication", "tablets", "budget", "a", "the", "of", "recovry", "supercalifragilisticexpialidocious"};
    private static final String[] UNICODE = {"é", "ß", "İ", "ﬁ", "Å", "ñ", "日本", "中文", "한국어", "עברית", "مرحبا",
            "\u200B", "\u200D", "\u200E", "\u202E", "\uFEFF", "\u0301", "\u00A0", "\u3000", "😀", "👩‍👩‍👧", "🏳️‍🌈",
            "\uD800", "\uDFFF", "\u0000", "\u0007", "\u001B", "\n", "\t", "\r\n", "\u2028", "\uFFFD", "\uFFFF", "Ⅻ", "①", "ｆｕｌｌ"};

    /** Answers one search: results, or the service's "too complex" refusal, or anything else (a failure). */
    @FunctionalInterface
    public interface Search {
        FuzzReport.Verdict run(String text) throws Exception;
    }

    private StorySearchFuzzer() {
    }

    /** One generated search text; reproducible from the random's seed. */
    public static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int shape = random.nextInt(20);
        int pieces = shape == 0 ? 200 + random.nextInt(3_000) : 1 + random.nextInt(shape < 15 ? 8 : 40);
        for (int i = 0; i < pieces && text.length() < 12_000; i++) {
            switch (random.nextInt(10)) {
                case 0, 1, 2 -> text.append(SYNTAX[random.nextInt(SYNTAX.length)]);
                case 3, 4, 5 -> text.append(WORDS[random.nextInt(WORDS.length)]);
                case 6 -> text.append(UNICODE[random.nextInt(UNICODE.length)]);
                case 7 -> text.append(' ');
                case 8 -> text.append((char) random.nextInt(0x3000));
                default -> {
                    // a run of one thing: nesting, wildcards, a long word
                    String unit = switch (random.nextInt(4)) {
                        case 0 -> "(";
                        case 1 -> "*a";
                        case 2 -> "x";
                        default -> "/";
                    };
                    text.append(unit.repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 6_000 : 30)));
                }
            }
        }
        return text.toString();
    }

    /** Runs {@code inputs} searches; input i is reproducible from (seed, i). */
    public static void run(Search search, int inputs, long seed, FuzzReport report) {
        for (int i = 0; i < inputs; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            String text = text(random);
            report.attempt(TARGET, "(seed " + seed + ", input " + i + ", " + text.length() + " chars)\n" + text,
                    () -> search.run(text));
        }
    }

    /**
     * Full-size run on an index of {@code -Dfuzz.search-stories} synthetic stories (default 20,000,
     * made as the story benchmark makes them): {@code -Dfuzz.search-inputs} searches (default 100,000)
     * from {@code -Dfuzz.seed} (default 1), each within {@code -Dfuzz.time-limit-ms} (default 2,000).
     */
    public static void main(String[] args) throws Exception {
        int stories = Integer.getInteger("fuzz.search-stories", 20_000);
        int inputs = Integer.getInteger("fuzz.search-inputs", 100_000);
        long seed = Long.getLong("fuzz.seed", 1L);
        long limit = Long.getLong("fuzz.time-limit-ms", 2_000L);
        List<IndexedStory> generated = StoryBenchmark.generate(stories, 42L, Path.of("content"));
        try (StoryIndex index = new StoryIndex(new ByteBuffersDirectory(), StoryAnalysis.withSynonyms(
                java.nio.file.Files.readString(Path.of("content/search/synonyms.txt")),
                java.nio.file.Files.readString(Path.of("content/search/related.txt"))))) {
            index.replaceAll(generated);
            FuzzReport report = new FuzzReport(limit);
            long[] slowest = {0};
            long started = System.nanoTime();
            run(text -> {
                long t = System.nanoTime();
                try {
                    index.search(StorySearchRequest.of(text));
                    index.suggest(text, 6);
                    return FuzzReport.Verdict.parsed();
                } catch (StorySearchTooComplex e) {
                    return FuzzReport.Verdict.rejected();
                } finally {
                    slowest[0] = Math.max(slowest[0], System.nanoTime() - t);
                }
            }, inputs, seed, report);
            report.close();
            System.out.printf(Locale.ROOT, "story search: %,d searches on %,d stories in %.1f s (seed %d, limit %d ms); slowest %.0f ms%n",
                    inputs, stories, (System.nanoTime() - started) / 1e9, seed, limit, slowest[0] / 1e6);
            System.out.print(report.summary());
            report.failures().forEach(System.out::println);
            if (!report.failures().isEmpty()) {
                System.exit(1);
            }
        }
    }
}
