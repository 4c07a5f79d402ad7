package org.lantern.stories.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What it costs to make a removed (withdrawn) story's words disappear from the index at once, on
 * the story benchmark's synthetic stories: a removal as the app does it (delete, near-real-time
 * refresh) against a removal followed by {@code forceMergeDeletes} (rewriting the segments that
 * hold deletions), and the live-document check that suggestions and corrections use instead. Not a
 * test: {@code ./mvnw -q test-compile exec:java@story-removal-benchmark
 * [-Dbenchmark.stories=100000]}.
 */
public final class StoryRemovalBenchmark {

    private StoryRemovalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("benchmark.stories", 100_000);
        int removals = Integer.getInteger("benchmark.removals", 5);
        List<IndexedStory> stories = StoryBenchmark.generate(n, 42L, Path.of("content"));
        Path folder = Files.createTempDirectory("lantern-story-removal");
        StoryAnalysis analysis = StoryAnalysis.withoutSynonyms();
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.index()).setRAMBufferSizeMB(64)
                     // by default segments with under 10% deleted are left alone: expunge every deletion
                     .setMergePolicy(new TieredMergePolicy().setForceMergeDeletesPctAllowed(0.0)))) {
            for (IndexedStory story : stories) {
                writer.addDocument(StoryDocuments.toDocument(story));
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(writer);
            double plain = 0;
            double merged = 0;
            for (int i = 0; i < removals; i++) {
                long started = System.nanoTime();
                writer.deleteDocuments(StoryDocuments.idTerm(stories.get(i * 2).id()));
                reader = refresh(reader, writer);
                plain += (System.nanoTime() - started) / 1e6;
                started = System.nanoTime();
                writer.deleteDocuments(StoryDocuments.idTerm(stories.get(i * 2 + 1).id()));
                writer.forceMergeDeletes(true);
                reader = refresh(reader, writer);
                merged += (System.nanoTime() - started) / 1e6;
            }
            // the check suggestions and corrections make per candidate word, on an index with deletions
            writer.deleteDocuments(StoryDocuments.idTerm(stories.get(removals * 2).id()));
            reader = refresh(reader, writer);
            String[] words = {"recovery", "allotment", "carer", "hospital", "plan", "zzzz"};
            for (int warm = 0; warm < 2_000; warm++) {
                LiveTerms.inLiveStory(reader, new Term(StoryFields.WORDS, words[warm % words.length]));
            }
            long started = System.nanoTime();
            int checks = 60_000;
            for (int i = 0; i < checks; i++) {
                LiveTerms.inLiveStory(reader, new Term(StoryFields.WORDS, words[i % words.length]));
            }
            double perCheck = (System.nanoTime() - started) / 1e3 / checks;
            System.out.printf(Locale.ROOT, "%,d stories, %d segment(s) after the removals; mean of %d removals:%n", n,
                    reader.leaves().size(), removals);
            System.out.printf(Locale.ROOT, "  delete + refresh:                     %8.1f ms%n", plain / removals);
            System.out.printf(Locale.ROOT, "  delete + forceMergeDeletes + refresh: %8.1f ms%n", merged / removals);
            System.out.printf(Locale.ROOT, "  live-document check of one word:      %8.1f µs%n", perCheck);
            reader.close();
        } finally {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static DirectoryReader refresh(DirectoryReader reader, IndexWriter writer) throws java.io.IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer, true);
        if (newer == null) {
            return reader;
        }
        reader.close();
        return newer;
    }
}
