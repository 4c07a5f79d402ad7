package org.lantern.stories.search;

import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recent parsed searches of one index, for the searcher they were built on. Building a query
 * from words (synonyms, related ideas, whether each word is in a live story, how common it is) costs
 * more than running it on a small library; the same search typed again, paged or filtered by theme reuses
 * it until the index changes (a new reader) or the word lists are reloaded (a new analysis).
 */
final class ParsedQueries {

    static final int SIZE = 512;

    private final Map<String, StoryQueries.Parsed> parsed = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryQueries.Parsed> eldest) {
            return size() > SIZE;
        }
    };
    private @Nullable Object reader;
    private @Nullable StoryAnalysis analysis;

    /** The search parsed for this text on this reader with this analysis, or null. */
    synchronized StoryQueries.@Nullable Parsed get(StoryAnalysis analysis, IndexReader reader, String text) {
        forget(analysis, reader);
        return parsed.get(text);
    }

    synchronized void put(StoryAnalysis analysis, IndexReader reader, String text, StoryQueries.Parsed search) {
        forget(analysis, reader);
        parsed.put(text, search);
    }

    /** Everything parsed for an older reader or analysis is dropped. */
    private void forget(StoryAnalysis analysis, IndexReader reader) {
        // the reader's cache key, so the cache never keeps a closed reader alive
        Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        if (key != this.reader || analysis != this.analysis) {
            parsed.clear();
            this.reader = key;
            this.analysis = analysis;
        }
    }

    synchronized int size() {
        return parsed.size();
    }
}
