package org.lantern.stories.search;

import org.lantern.base.export.HtmlEscaper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        Query match = request.text().isEmpty() ? null : queries.parse(request.text());
        Run run = run(searcher, facets, match, request);
        String corrected = null;
        if (run.total == 0 && match != null) {
            corrected = StorySpelling.correct(queries, searcher.getIndexReader(), request.text());
            if (corrected != null) {
                match = queries.parse(corrected);
                run = run(searcher, facets, match, request);
            }
        }
        // each hit's stored fields are read once, and the highlighter reuses the body from them
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] found = run.top.scoreDocs;
        Document[] docs = new Document[found.length];
        for (int i = 0; i < found.length; i++) {
            docs[i] = stored.document(found[i].doc);
        }
        String[] snippets = StoryHighlighter.highlight(searcher, queries.analysis().index(),
                match == null ? null : queries.highlightQuery(corrected != null ? corrected : request.text()), run.top, docs);
        List<StoryHit> hits = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            String snippet = snippets != null && snippets[i] != null ? snippets[i] : HtmlEscaper.escape(docs[i].get(StoryFields.SUMMARY));
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

    private static Run run(IndexSearcher searcher, StoryFacets facets, @Nullable Query match, StorySearchRequest request)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(match == null ? new MatchAllDocsQuery() : match, BooleanClause.Occur.MUST);
        filter(query, StoryFields.THEME, request.theme());
        filter(query, StoryFields.SETTING, request.setting());
        filter(query, StoryFields.ROLE, request.role());
        Sort sort = match == null || request.sort() == StorySort.NEWEST ? BY_NEWEST : BY_RELEVANCE;
        // scores of the page need computing only when they are not already the first sort value
        boolean scores = sort == BY_NEWEST && match != null;
        FacetsCollectorManager manager = new FacetsCollectorManager();
        FacetsCollectorManager.FacetsResult result = request.after() == null
                ? FacetsCollectorManager.search(searcher, query.build(), request.size(), sort, scores, manager)
                : FacetsCollectorManager.searchAfter(searcher, request.after().last, query.build(), request.size(), sort, scores, manager);
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
