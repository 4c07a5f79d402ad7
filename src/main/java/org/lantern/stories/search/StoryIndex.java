package org.lantern.stories.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.jspecify.annotations.Nullable;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.lantern.base.export.HtmlEscaper.escape;

/**
 * The story search index: one {@link IndexWriter}, one near-real-time {@link SearcherManager}
 * (every search acquires a searcher and releases it in {@code finally}), upserts by the story's id
 * term, commits only when the owner asks (batched), and {@code searchAfter} for paging.
 *
 * <p>It is derived data: the database is the source of truth and the whole index can be rebuilt
 * from it with {@link #replaceAll}. The index holds only stories that are published for the library.
 */
public final class StoryIndex implements Closeable {

    /** Facet dimensions, in the order they are shown. */
    public static final List<String> DIMENSIONS = List.of(StoryFields.THEME, StoryFields.SETTING, StoryFields.ROLE);

    private static final float TITLE_BOOST = 3f;
    private static final int MAX_FACET_VALUES = 50;
    private static final int MAX_CORRECTED_LENGTH = 40;
    private static final int MAX_CORRECTED_WORDS = 8;
    private static final int MAX_SUGGEST_CHARACTERS = 200;
    private static final int MAX_SUGGEST_WORDS = 6;
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(StoryFields.PUBLISHED, SortField.Type.LONG, true));
    private static final Sort BY_NEWEST = new Sort(new SortField(StoryFields.PUBLISHED, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile StoryAnalysis analysis;

    private final Object facetLock = new Object();
    private @Nullable IndexReader facetReader;
    private @Nullable SortedSetDocValuesReaderState facetState;

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
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every indexed story id with its "changed" time, to compare with the database. */
    public Map<Long, Long> changedById() throws IOException {
        Map<Long, Long> result = new HashMap<>();
        IndexSearcher searcher = searchers.acquire();
        try {
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
        } finally {
            searchers.release(searcher);
        }
        return result;
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
        IndexSearcher searcher = searchers.acquire();
        try {
            return search(searcher, request);
        } catch (TooManyClauses | TooComplexToDeterminizeException | FuzzyTermsEnum.FuzzyTermsException e) {
            // the limits should make these impossible; if one still happens, it is the same answer
            throw new StorySearchTooComplex(e.toString());
        } finally {
            searchers.release(searcher);
        }
    }

    private StorySearchResult search(IndexSearcher searcher, StorySearchRequest request) throws IOException {
        Query match = request.text().isEmpty() ? null : parse(request.text());
        Run run = run(searcher, match, request);
        String corrected = null;
        if (run.total == 0 && match != null) {
            corrected = correctSpelling(searcher, request.text());
            if (corrected != null) {
                match = parse(corrected);
                run = run(searcher, match, request);
            }
        }
        // each hit's stored fields are read once, and the highlighter reuses the body from them
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] found = run.top.scoreDocs;
        Document[] docs = new Document[found.length];
        for (int i = 0; i < found.length; i++) {
            docs[i] = stored.document(found[i].doc);
        }
        String[] snippets = highlight(searcher, match == null ? null : highlightQuery(corrected != null ? corrected : request.text()),
                run.top, docs);
        List<StoryHit> hits = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            String snippet = snippets != null && snippets[i] != null ? snippets[i] : escape(docs[i].get(StoryFields.SUMMARY));
            hits.add(StoryDocuments.fromDocument(docs[i], snippet, score(found[i])));
        }
        long seen = (request.after() == null ? 0 : request.after().seen) + found.length;
        StoryCursor next = found.length > 0 && seen < run.total ? new StoryCursor((FieldDoc) found[found.length - 1], seen) : null;
        return new StorySearchResult(run.total, hits, run.facets, corrected, next);
    }

    /** With relevance first in the sort, the score is the first sort value; otherwise it was computed for the page. */
    private static float score(ScoreDoc doc) {
        if (doc instanceof FieldDoc fd && fd.fields.length > 0 && fd.fields[0] instanceof Float score) {
            return score;
        }
        return Float.isNaN(doc.score) ? 0f : doc.score;
    }

    private record Run(TopDocs top, long total, Map<String, Map<String, Integer>> facets) {
    }

    private Run run(IndexSearcher searcher, @Nullable Query match, StorySearchRequest request) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(match == null ? new MatchAllDocsQuery() : match, BooleanClause.Occur.MUST);
        filter(query, StoryFields.THEME, request.theme());
        filter(query, StoryFields.SETTING, request.setting());
        filter(query, StoryFields.ROLE, request.role());
        Sort sort = match == null || request.sort() == StorySort.NEWEST ? BY_NEWEST : BY_RELEVANCE;
        // scores of the page need computing only when they are not already the first sort value
        boolean scores = sort == BY_NEWEST && match != null;
        FacetsCollectorManager facets = new FacetsCollectorManager();
        FacetsCollectorManager.FacetsResult result = request.after() == null
                ? FacetsCollectorManager.search(searcher, query.build(), request.size(), sort, scores, facets)
                : FacetsCollectorManager.searchAfter(searcher, request.after().last, query.build(), request.size(), sort, scores, facets);
        FacetsCollector collected = result.facetsCollector();
        long total = collected.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        return new Run(result.topDocs(), total, countFacets(searcher, collected, total));
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (!value.isEmpty()) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /** The matching query: all of it must match in title, summary or body; title matches score higher. */
    Query parse(String text) {
        Query all = parseOrPlain(StoryFields.ALL, text, QueryParser.Operator.AND);
        if (all == null) {
            return new MatchAllDocsQuery();
        }
        if (all instanceof BooleanQuery b && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            // "-hospital" alone means "everything except", not "nothing"
            BooleanQuery.Builder everything = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            b.clauses().forEach(everything::add);
            all = everything.build();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(withWordPairs(all), BooleanClause.Occur.MUST);
        Query title = parseOrPlain(StoryFields.TITLE, text, QueryParser.Operator.OR);
        if (title != null) {
            query.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * Phrases ("safety plan", and the multi-word synonyms) rewritten to use the word-pair field: a
     * two-word phrase is one term lookup; a longer one must have all its pairs, and only stories that
     * do are checked for the whole phrase in order. Same matches, without reading word positions of
     * every story that merely contains the words.
     */
    static Query withWordPairs(Query query) {
        if (query instanceof PhraseQuery phrase && phrase.getField().equals(StoryFields.ALL) && phrase.getSlop() == 0
                && phrase.getTerms().length >= 2 && consecutive(phrase.getPositions())) {
            Term[] terms = phrase.getTerms();
            if (terms.length == 2) {
                return pair(terms[0], terms[1]);
            }
            BooleanQuery.Builder pairs = new BooleanQuery.Builder();
            for (int i = 0; i + 1 < terms.length; i++) {
                pairs.add(pair(terms[i], terms[i + 1]), BooleanClause.Occur.FILTER);
            }
            return pairs.add(phrase, BooleanClause.Occur.MUST).build();
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder rebuilt = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            bool.clauses().forEach(c -> rebuilt.add(withWordPairs(c.query()), c.occur()));
            return rebuilt.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(withWordPairs(boost.getQuery()), boost.getBoost());
        }
        return query;
    }

    private static Query pair(Term first, Term second) {
        return new TermQuery(new Term(StoryFields.ALL_PAIRS, first.text() + " " + second.text()));
    }

    private static boolean consecutive(int[] positions) {
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[0] + i) {
                return false;
            }
        }
        return true;
    }

    private @Nullable Query parseOrPlain(String field, String text, QueryParser.Operator operator) {
        try {
            Query query = parser(field, operator).parse(text);
            StoryQueryLimits.checkQuery(query, field);
            return query;
        } catch (ParseException | TooManyClauses | IllegalArgumentException e) {
            String plain = plainWords(text);
            if (plain.isEmpty()) {
                return null;
            }
            try {
                return parser(field, operator).parse(QueryParser.escape(plain));
            } catch (ParseException | TooManyClauses | IllegalArgumentException again) {
                return null;
            }
        }
    }

    /** Letters, digits and apostrophes only, without the operators AND/OR/NOT, in lower case. */
    static String plainWords(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}'\\s]+", " ").replaceAll("\\b(AND|OR|NOT)\\b", " ").toLowerCase(java.util.Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /**
     * The same words against the body field itself, any of them: the highlighter then reads the
     * offsets stored in the body's postings instead of re-analysing each story.
     */
    private @Nullable Query highlightQuery(String text) {
        return parseOrPlain(StoryFields.BODY, text, QueryParser.Operator.OR);
    }

    private QueryParser parser(String field, QueryParser.Operator operator) {
        QueryParser parser = new QueryParser(field, analysis.query());
        parser.setDefaultOperator(operator);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setSplitOnWhitespace(false);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    /**
     * Corrections come only from words of live stories: a removed (withdrawn) story's words stay in
     * the term dictionary until its segment is merged away, so every candidate is checked against
     * live documents before it is offered.
     */
    private @Nullable String correctSpelling(IndexSearcher searcher, String text) throws IOException {
        List<String> words = tokens(plainWords(text));
        if (words.size() > MAX_CORRECTED_WORDS) {
            // a typo is a word or two in a short search; checking every word of a long one costs too much
            return null;
        }
        // most typos are one letter out, and looking one edit away is much cheaper than two: try that first
        DirectSpellChecker oneEdit = new DirectSpellChecker();
        oneEdit.setMaxEdits(1);
        DirectSpellChecker twoEdits = new DirectSpellChecker();
        IndexReader reader = searcher.getIndexReader();
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(StoryFields.WORDS, words.get(i));
            if (term.text().length() > MAX_CORRECTED_LENGTH || inLiveStory(reader, term)) {
                continue;
            }
            String better = liveSuggestion(oneEdit, term, reader);
            if (better == null) {
                better = liveSuggestion(twoEdits, term, reader);
            }
            if (better != null) {
                words.set(i, better);
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : null;
    }

    private static @Nullable String liveSuggestion(DirectSpellChecker checker, Term term, IndexReader reader) throws IOException {
        // SUGGEST_ALWAYS: a word only removed stories held must still be corrected to a live one
        for (SuggestWord word : checker.suggestSimilar(term, 5, reader, SuggestMode.SUGGEST_ALWAYS)) {
            if (!word.string.equals(term.text()) && inLiveStory(reader, new Term(term.field(), word.string))) {
                return word.string;
            }
        }
        return null;
    }

    /**
     * Whether a story that is still in the index (not deleted) holds this term. Deleted documents'
     * terms, and their counts in {@code docFreq}, stay until their segment is merged.
     */
    static boolean inLiveStory(IndexReader reader, Term term) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            Terms terms = segment.terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            if (!iterator.seekExact(term.bytes())) {
                continue;
            }
            Bits live = segment.getLiveDocs();
            if (live == null) {
                return true;
            }
            PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> tokens(String text) throws IOException {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = analysis.plain().tokenStream(StoryFields.WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        }
        return result;
    }

    private String @Nullable [] highlight(IndexSearcher searcher, @Nullable Query body, TopDocs top, Document[] docs)
            throws IOException {
        if (body == null || top.scoreDocs.length == 0) {
            return null;
        }
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            bodies.put(top.scoreDocs[i].doc, docs[i].get(StoryFields.BODY));
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analysis.index())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                // phrases are found with the Matches API (fast, and a phrase is marked as one passage of words)
                .withWeightMatches(true)
                .withMaxLength(50_000);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIds, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIds.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIds.nextDoc()) {
                    values.add(new CharSequence[]{bodies.getOrDefault(doc, "")});
                }
                return values;
            }
        };
        return highlighter.highlight(StoryFields.BODY, body, top, 2);
    }

    private Map<String, Map<String, Integer>> countFacets(IndexSearcher searcher, FacetsCollector collected, long total)
            throws IOException {
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> result.put(d, new LinkedHashMap<>()));
        SortedSetDocValuesReaderState state = total == 0 ? null : facetState(searcher.getIndexReader());
        if (state == null) {
            return result;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collected);
        for (String dimension : DIMENSIONS) {
            FacetResult top = counts.getTopChildren(MAX_FACET_VALUES, dimension);
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    result.get(dimension).put(lv.label, lv.value.intValue());
                }
            }
        }
        return result;
    }

    /** Facet ordinals are built once per reader, not per query. */
    private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        synchronized (facetLock) {
            if (facetReader != reader) {
                try {
                    facetState = new DefaultSortedSetDocValuesReaderState(reader, StoryDocuments.FACETS);
                } catch (IllegalArgumentException noFacetsYet) {
                    facetState = null;
                }
                facetReader = reader;
            }
            return facetState;
        }
    }

    /**
     * Suggestions while typing: titles containing the words typed so far (the last one as a
     * prefix), then words from the stories that complete the last word.
     */
    public List<StorySuggestion> suggest(String typed, int max) throws IOException {
        List<String> all = tokens(typed == null ? "" : typed.substring(Math.max(0, typed.length() - MAX_SUGGEST_CHARACTERS)));
        if (all.isEmpty()) {
            return List.of();
        }
        // only the last few words typed count: suggestions stay quick whatever is pasted in
        List<String> words = all.subList(Math.max(0, all.size() - MAX_SUGGEST_WORDS), all.size());
        boolean lastComplete = Character.isWhitespace(typed.charAt(typed.length() - 1));
        String last = words.getLast();
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<StorySuggestion> result = new LinkedHashSet<>();
            BooleanQuery.Builder titles = new BooleanQuery.Builder();
            for (int i = 0; i < words.size() - 1; i++) {
                titles.add(new TermQuery(new Term(StoryFields.TITLE_WORDS, words.get(i))), BooleanClause.Occur.MUST);
            }
            titles.add(lastComplete ? new TermQuery(new Term(StoryFields.TITLE_WORDS, last))
                    : new PrefixQuery(new Term(StoryFields.TITLE_WORDS, last)), BooleanClause.Occur.MUST);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(titles.build(), max).scoreDocs) {
                Document doc = stored.document(sd.doc);
                result.add(new StorySuggestion(doc.get(StoryFields.TITLE), doc.get(StoryFields.SLUG)));
            }
            if (!lastComplete && last.length() >= 2) {
                String before = String.join(" ", words.subList(0, words.size() - 1));
                for (String completion : completions(searcher.getIndexReader(), last, 3)) {
                    result.add(new StorySuggestion((before.isEmpty() ? "" : before + " ") + completion, null));
                }
            }
            return result.stream().limit(max).toList();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The commonest words of live stories that complete a prefix (never a word only removed stories held). */
    private static List<String> completions(IndexReader reader, String prefix, int max) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, StoryFields.WORDS);
        if (terms == null) {
            return List.of();
        }
        TermsEnum iterator = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        record Candidate(String word, int docFreq) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int scanned = 0;
        do {
            String word = iterator.term().utf8ToString();
            if (!word.startsWith(prefix)) {
                break;
            }
            if (word.length() > prefix.length() && word.chars().allMatch(Character::isLetter)) {
                candidates.add(new Candidate(word, iterator.docFreq()));
            }
        } while (++scanned < 500 && iterator.next() != null);
        List<String> result = new ArrayList<>();
        for (Candidate candidate : candidates.stream().sorted(Comparator.comparingInt(Candidate::docFreq).reversed()).toList()) {
            if (result.size() == max) {
                break;
            }
            if (!reader.hasDeletions() || inLiveStory(reader, new Term(StoryFields.WORDS, candidate.word()))) {
                result.add(candidate.word());
            }
        }
        return result;
    }

    /**
     * Stories like this one (more-like-this on title, summary and body), most similar first.
     * Empty when the story is not in the index.
     */
    public List<StoryHit> related(String slug, int max) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(StoryFields.SLUG, slug)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            int docId = self.scoreDocs[0].doc;
            StoredFields stored = searcher.storedFields();
            String id = stored.document(docId).get(StoryFields.ID);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analysis.index());
            mlt.setFieldNames(new String[]{StoryFields.TITLE, StoryFields.SUMMARY, StoryFields.BODY});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxDocFreqPct(50);
            mlt.setMaxQueryTerms(30);
            mlt.setMinWordLen(3);
            Query like = new BooleanQuery.Builder()
                    .add(mlt.like(docId), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(StoryFields.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            List<StoryHit> result = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(like, max).scoreDocs) {
                Document doc = stored.document(sd.doc);
                result.add(StoryDocuments.fromDocument(doc, escape(doc.get(StoryFields.SUMMARY)), sd.score));
            }
            return result;
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
