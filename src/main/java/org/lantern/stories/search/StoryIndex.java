package org.lantern.stories.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * The story search index: one {@link IndexWriter}, one near-real-time {@link SearcherManager}
 * (every search acquires a searcher and releases it in {@code finally}), upserts by the story's id
 * term, commits only when the owner asks (batched), and {@code searchAfter} for paging. The work of
 * a search is done by {@link StorySearch} (with {@link StoryQueries}, {@link StorySpelling},
 * {@link StoryFacets} and {@link StoryHighlighter}), {@link StorySuggestions} and {@link RelatedStories}.
 *
 * <p>It is derived data: the database is the source of truth and the whole index can be rebuilt
 * from it with {@link #replaceAll}. The index holds only stories that are published for the library.
 */
public final class StoryIndex implements Closeable {

    /** Facet dimensions, in the order they are shown. */
    public static final List<String> DIMENSIONS = StoryFacets.DIMENSIONS;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final StoryFacets facets = new StoryFacets();
    private final ParsedQueries parsed = new ParsedQueries();
    private volatile StoryAnalysis analysis;

    /**
     * Opens (or creates) the index in a directory, which it then owns and closes.
     */
    public StoryIndex(Directory directory, StoryAnalysis analysis) throws IOException {
        this.directory = directory;
        this.analysis = analysis;
        IndexWriterConfig config = new IndexWriterConfig(analysis.index())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * True when the directory holds a readable index whose files pass their checksums. A missing or
     * damaged index should be deleted and rebuilt from the database.
     */
    public static boolean isReadable(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Swaps the query-time analysis (new synonyms); the index itself does not change. */
    public void setAnalysis(StoryAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Adds or replaces one story (by id). Visible to searches after {@link #refresh()}. */
    public void upsert(IndexedStory story) throws IOException {
        writer.updateDocument(StoryDocuments.idTerm(story.id()), StoryDocuments.toDocument(story));
    }

    /** Removes one story. Visible to searches after {@link #refresh()}. */
    public void delete(long id) throws IOException {
        writer.deleteDocuments(StoryDocuments.idTerm(id));
    }

    /** Makes every change so far visible to new searches, without a commit. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes the changes durable. Callers batch these rather than committing per change. */
    public void commit() throws IOException {
        writer.commit();
    }

    public boolean hasUncommittedChanges() {
        return writer.hasUncommittedChanges();
    }

    /** Replaces everything with these stories, commits and refreshes: a full rebuild. */
    public void replaceAll(Iterable<IndexedStory> stories) throws IOException {
        writer.deleteAll();
        for (IndexedStory story : stories) {
            writer.addDocument(StoryDocuments.toDocument(story));
        }
        writer.commit();
        refresh();
    }

    /** Number of stories in the index as searches see it. */
    public int size() throws IOException {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Every indexed story id with its "changed" time, to compare with the database. */
    public Map<Long, Long> changedById() throws IOException {
        return withSearcher(searcher -> {
            Map<Long, Long> result = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                NumericDocValues ids = reader.getNumericDocValues(StoryFields.ID_VALUE);
                NumericDocValues changed = reader.getNumericDocValues(StoryFields.CHANGED);
                if (ids == null || changed == null) {
                    continue;
                }
                var live = reader.getLiveDocs();
                for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    long when = changed.advanceExact(doc) ? changed.longValue() : 0L;
                    result.put(ids.longValue(), when);
                }
            }
            return result;
        });
    }

    /**
     * Searches. What people type is parsed with the classic query syntax (words must all match,
     * "quoted phrases", OR, -exclude, word*); if it cannot be parsed (unbalanced quotes or
     * brackets) it is taken as plain words. When nothing matches, misspelt words are corrected from
     * the vocabulary of the stories in the index (never of removed ones) and the search runs again.
     *
     * @throws StorySearchTooComplex for a search beyond {@link StoryQueryLimits}, before any work is done
     */
    public StorySearchResult search(StorySearchRequest request) throws IOException {
        if (!request.text().isEmpty()) {
            StoryQueryLimits.checkText(request.text());
        }
        StoryQueries queries = new StoryQueries(analysis, parsed);
        try {
            return withSearcher(searcher -> StorySearch.search(searcher, queries, facets, request));
        } catch (TooManyClauses | TooComplexToDeterminizeException | FuzzyTermsEnum.FuzzyTermsException e) {
            // the limits should make these impossible; if one still happens, it is the same answer
            throw new StorySearchTooComplex(e.toString());
        }
    }

    /** The matching query for a text, as {@link #search} builds it. */
    Query parse(String text) {
        return new StoryQueries(analysis, parsed).parse(text);
    }

    /**
     * Suggestions while typing: titles containing the words typed so far (the last one as a
     * prefix), then words from the stories that complete the last word.
     */
    public List<StorySuggestion> suggest(String typed, int max) throws IOException {
        StoryQueries queries = new StoryQueries(analysis, parsed);
        return withSearcher(searcher -> StorySuggestions.suggest(searcher, queries, typed, max));
    }

    /**
     * Stories like this one (more-like-this on title, summary and body), most similar first.
     * Empty when the story is not in the index.
     */
    public List<StoryHit> related(String slug, int max) throws IOException {
        StoryAnalysis current = analysis;
        return withSearcher(searcher -> RelatedStories.related(searcher, current.index(), slug, max));
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
