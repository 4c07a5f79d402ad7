package org.lantern.stories.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.lantern.base.content.Markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The judged questions of {@code src/test/resources/stories/judged-questions.txt} and the measures of a
 * search against them: success at 3 (a relevant story in the first three), recall at 10, mean reciprocal
 * rank, questions that answer nothing, and hidden stories shown. Also the shipped stories as the library
 * indexes them, and a plain BM25 "any of the words" baseline (what Elasticsearch's default {@code match}
 * query does: standard analyzer, every word optional) over the same stories.
 */
public final class JudgedSearch {

    /** One judged question. */
    public record Question(String text, List<String> relevant, Set<String> hidden) {
    }

    /** What a search did on the whole set. */
    public record Measures(int questions, int judged, double successAt3, double recallAt10, double mrr, List<String> empty,
                           List<String> hiddenShown, List<String> missedTop3) {

        public String line(String label) {
            return String.format(Locale.ROOT, "%-22s success@3 %.3f  recall@10 %.3f  MRR %.3f  empty %d  hidden shown %d  (%d questions, %d judged)",
                    label, successAt3, recallAt10, mrr, empty.size(), hiddenShown.size(), questions, judged);
        }
    }

    /** A search under test: the slugs it shows first, best first. */
    @FunctionalInterface
    public interface Search {
        List<String> top(String question, int max) throws IOException;
    }

    private JudgedSearch() {
    }

    public static List<Question> questions() {
        try {
            List<Question> result = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/test/resources/stories/judged-questions.txt"))) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\|", -1);
                if (parts.length != 3) {
                    throw new IllegalStateException("A judged question needs three columns: " + l);
                }
                result.add(new Question(parts[0].strip(), slugs(parts[1]), new LinkedHashSet<>(slugs(parts[2]))));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> slugs(String column) {
        return Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The stories of {@code content/stories} as the library indexes them: published ones only, body as
     * plain text. Drafts are left out here as the repository leaves them out; the application test checks
     * the same through the service.
     */
    public static List<IndexedStory> publishedStories(Path content) {
        List<IndexedStory> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(content.resolve("stories"))) {
            long id = 1;
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                int end = text.indexOf("\n---", 3);
                String front = text.substring(0, end);
                String body = text.substring(end + 4);
                if (!"published".equals(field(front, "status"))) {
                    continue;
                }
                String slug = file.getFileName().toString().replace(".md", "");
                String themes = field(front, "themes").replaceAll("[\\[\\]]", "");
                result.add(new IndexedStory(id, slug, field(front, "title"), field(front, "summary"), Markdown.toPlainText(body),
                        slugs(themes), field(front, "setting"), field(front, "role"), LocalDate.parse(field(front, "published")), id));
                id++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** All story slugs in content, published or not. */
    public static Set<String> allSlugs(Path content) {
        try (Stream<Path> files = Files.list(content.resolve("stories"))) {
            Set<String> result = new LinkedHashSet<>();
            files.filter(f -> f.toString().endsWith(".md")).forEach(f -> result.add(f.getFileName().toString().replace(".md", "")));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(String front, String name) {
        return front.lines().filter(l -> l.startsWith(name + ":")).findFirst()
                .map(l -> l.substring(name.length() + 1).strip().replaceAll("^\"|\"$", "")).orElse("");
    }

    public static Measures measure(List<Question> questions, Search search) throws IOException {
        double success = 0;
        double recall = 0;
        double reciprocal = 0;
        int judged = 0;
        List<String> empty = new ArrayList<>();
        List<String> hiddenShown = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Question q : questions) {
            List<String> top = search.top(q.text(), 10);
            if (top.isEmpty() && !q.relevant().isEmpty()) {
                empty.add(q.text());
            }
            if (top.stream().anyMatch(q.hidden()::contains)) {
                hiddenShown.add(q.text());
            }
            if (q.relevant().isEmpty()) {
                continue;
            }
            judged++;
            int first = -1;
            for (int i = 0; i < top.size(); i++) {
                if (q.relevant().contains(top.get(i))) {
                    first = i;
                    break;
                }
            }
            if (first >= 0 && first < 3) {
                success++;
            } else {
                missed.add(q.text() + " -> " + top.stream().limit(3).toList());
            }
            if (first >= 0) {
                reciprocal += 1.0 / (first + 1);
            }
            long found = top.stream().filter(q.relevant()::contains).count();
            recall += (double) found / Math.min(10, q.relevant().size());
        }
        return new Measures(questions.size(), judged, success / judged, recall / judged, reciprocal / judged, empty,
                hiddenShown, missed);
    }

    /** Lantern's own search on an index of these stories. */
    public static Search lantern(StoryIndex index) {
        return (question, max) -> index.search(new StorySearchRequest(question, "", "", "", StorySort.RELEVANCE, max, null))
                .hits().stream().map(StoryHit::slug).toList();
    }

    /**
     * The baseline: title, summary and body in one field, the standard analyzer (no stemming, no
     * synonyms), every word of the question an optional term, BM25. Closes with the returned searcher's
     * reader left open for the caller's lifetime (a test-sized index in memory).
     */
    public static Search bm25AnyWord(List<IndexedStory> stories) throws IOException {
        Analyzer analyzer = new StandardAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (IndexedStory s : stories) {
                Document doc = new Document();
                doc.add(new StringField("slug", s.slug(), Field.Store.YES));
                doc.add(new TextField("text", s.title() + "\n" + s.summary() + "\n" + s.body(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
        return (question, max) -> {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            try (TokenStream tokens = analyzer.tokenStream("text", question)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                }
                tokens.end();
            }
            List<String> result = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
                result.add(searcher.storedFields().document(hit.doc).get("slug"));
            }
            return result;
        };
    }

    /** Prints both on the shipped stories: {@code java ... JudgedSearch [content folder]}. */
    public static void main(String[] args) throws IOException {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        List<IndexedStory> stories = publishedStories(content);
        List<Question> questions = questions();
        try (StoryIndex index = new StoryIndex(new ByteBuffersDirectory(),
                StoryAnalysis.withSynonyms(Files.readString(content.resolve("search/synonyms.txt")),
                        Files.readString(content.resolve("search/related.txt"))))) {
            stories.forEach(s -> {
                try {
                    index.upsert(s);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            index.refresh();
            Measures lantern = measure(questions, lantern(index));
            Measures baseline = measure(questions, bm25AnyWord(stories));
            System.out.println(lantern.line("lantern"));
            System.out.println(baseline.line("bm25 any word"));
            if (Boolean.getBoolean("judged.misses")) {
                lantern.missedTop3().forEach(m -> System.out.println("  lantern missed: " + m));
                lantern.empty().forEach(m -> System.out.println("  lantern empty: " + m));
                baseline.missedTop3().forEach(m -> System.out.println("  bm25 missed: " + m));
            }
        }
    }
}
