package org.lantern.stories.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Snippets of the body with the matched words in {@code <mark>} (the passage formatter escapes the
 * story's text). The bodies come from the stored fields the search already read for its hits.
 */
final class StoryHighlighter {

    private StoryHighlighter() {
    }

    /**
     * One snippet per hit (null where nothing in the body matched), or null when there is nothing to
     * highlight. Hits with nothing of {@code body} are marked with {@code fallback} where given.
     */
    static String @Nullable [] highlight(IndexSearcher searcher, Analyzer analyzer, @Nullable Query body,
                                         @Nullable Query fallback, TopDocs top, Document[] docs) throws IOException {
        if (body == null || top.scoreDocs.length == 0) {
            return null;
        }
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            bodies.put(top.scoreDocs[i].doc, docs[i].get(StoryFields.BODY));
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
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
        String[] snippets = highlighter.highlight(StoryFields.BODY, body, top, 2);
        if (fallback != null) {
            int[] missing = IntStream.range(0, snippets.length).filter(i -> snippets[i] == null).toArray();
            if (missing.length > 0) {
                int[] docIds = IntStream.of(missing).map(i -> top.scoreDocs[i].doc).toArray();
                String[] more = highlighter.highlightFields(new String[]{StoryFields.BODY}, fallback, docIds, new int[]{2})
                        .get(StoryFields.BODY);
                for (int k = 0; k < missing.length; k++) {
                    snippets[missing[k]] = more[k];
                }
            }
        }
        return snippets;
    }
}
