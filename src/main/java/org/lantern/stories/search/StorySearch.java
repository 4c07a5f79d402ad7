package org.lantern.stories.search;

import org.lantern.base.export.HtmlEscaper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search on one searcher: the query with its filters and sort, one page with {@code searchAfter},
 * facet counts, a second run with corrected spelling when nothing matched, and a snippet per hit.
 */
final class StorySearch {

    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(StoryFields.PUBLISHED, SortField.Type.LONG, true));
    private static final Sort BY_NEWEST = new Sort(new SortField(StoryFields.PUBLISHED, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);

    private StorySearch() {
    }

    static StorySearchResult search(IndexSearcher searcher, StoryQueries queries, StoryFacets facets, StorySearchRequest request)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        StoryQueries.Parsed parsed = request.text().isEmpty() ? null : queries.parse(request.text(), reader);
        Run run = run(searcher, facets, parsed == null ? null : parsed.match(), request);
        String corrected = null;
        if (parsed != null && (run.total == 0 || (parsed.words() != null && !parsed.words().unknown().isEmpty()))) {
            // a word no story has is most often a typo: correct it from the stories' own words
            corrected = StorySpelling.correct(queries, reader, request.text(), parsed.words() == null ? Set.of() : parsed.words().knownWords());
            if (corrected != null) {
                // the corrected words are searched the same way: as words, or every one required
                StoryQueries.Parsed again = parsed.words() != null ? queries.parse(corrected, reader)
                        : new StoryQueries.Parsed(queries.parse(corrected), null, List.of());
                Run better = run(searcher, facets, again.match(), request);
                if (better.total > 0 || run.total == 0) {
                    parsed = again;
                    run = better;
                } else {
                    corrected = null;
                }
            }
        }
        NaturalQuery words = parsed == null ? null : parsed.words();
        if (run.total == 0 && words != null && words.known().size() > 1) {
            // nothing has enough of the words: show the stories with any of them rather than nothing
            parsed = parsed.withMinimum(1);
            run = run(searcher, facets, parsed.match(), request);
        }
        boolean closest = false;
        String shorter = null;
        if (words != null && words.known().size() > 1 && run.total > 0 && request.after() == null) {
            Query all = words.allOf();
            // usually the first story has every word, and then nothing needs counting
            boolean firstHasAll = all != null && run.top.scoreDocs.length > 0
                    && matches(searcher, all, run.top.scoreDocs[0].doc);
            closest = all != null && !firstHasAll && searcher.count(filtered(all, request)) == 0;
            shorter = closest && run.top.scoreDocs.length > 0 ? words.shorter(searcher, run.top.scoreDocs[0].doc) : null;
        }
        // each hit's stored fields are read once, and the highlighter reuses the body from them
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] found = run.top.scoreDocs;
        Document[] docs = new Document[found.length];
        for (int i = 0; i < found.length; i++) {
            docs[i] = stored.document(found[i].doc);
        }
        Query highlight = parsed == null ? null
                : words != null ? words.highlight() : queries.highlightQuery(corrected != null ? corrected : request.text());
        String[] snippets = StoryHighlighter.highlight(searcher, queries.analysis().index(), highlight,
                words != null ? words.highlightRelated() : null, run.top, docs);
        List<StoryHit> hits = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            String snippet = snippets != null && snippets[i] != null ? snippets[i] : HtmlEscaper.escape(docs[i].get(StoryFields.SUMMARY));
            hits.add(StoryDocuments.fromDocument(docs[i], snippet, score(found[i])));
        }
        long seen = (request.after() == null ? 0 : request.after().seen) + found.length;
        StoryCursor next = found.length > 0 && seen < run.total ? new StoryCursor((FieldDoc) found[found.length - 1], seen) : null;
        return new StorySearchResult(run.total, hits, run.facets, corrected, next, words == null ? List.of() : words.unknown(),
                closest, shorter);
    }

    /** Whether one story matches a query: its match is checked alone, without the scores an explanation computes. */
    static boolean matches(IndexSearcher searcher, Query query, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Scorer scorer = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
        int target = doc - leaf.docBase;
        // a two-phase iterator (a phrase) confirms the match as it advances
        return scorer != null && scorer.iterator().advance(target) == target;
    }

    private static Query filtered(Query query, StorySearchRequest request) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filter(filtered, StoryFields.THEME, request.theme());
        filter(filtered, StoryFields.SETTING, request.setting());
        filter(filtered, StoryFields.ROLE, request.role());
        return filtered.build();
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

    private static Run run(IndexSearcher searcher, StoryFacets facets, @Nullable Query match, StorySearchRequest request)
            throws IOException {
        Query query = filtered(match == null ? new MatchAllDocsQuery() : match, request);
        Sort sort = match == null || request.sort() == StorySort.NEWEST ? BY_NEWEST : BY_RELEVANCE;
        // scores of the page need computing only when they are not already the first sort value
        boolean scores = sort == BY_NEWEST && match != null;
        FacetsCollectorManager manager = new FacetsCollectorManager();
        FacetsCollectorManager.FacetsResult result = request.after() == null
                ? FacetsCollectorManager.search(searcher, query, request.size(), sort, scores, manager)
                : FacetsCollectorManager.searchAfter(searcher, request.after().last, query, request.size(), sort, scores, manager);
        FacetsCollector collected = result.facetsCollector();
        long total = collected.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        return new Run(result.topDocs(), total, facets.count(searcher, collected, total));
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (!value.isEmpty()) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }
}
