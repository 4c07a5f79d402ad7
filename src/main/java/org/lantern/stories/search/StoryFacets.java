package org.lantern.stories.search;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Facet counts (theme, setting, role) of the stories a search matched. One per index: it caches the ordinals per reader. */
final class StoryFacets {

    /** Facet dimensions, in the order they are shown. */
    static final List<String> DIMENSIONS = List.of(StoryFields.THEME, StoryFields.SETTING, StoryFields.ROLE);

    private static final int MAX_FACET_VALUES = 50;

    private final Object facetLock = new Object();
    private @Nullable IndexReader facetReader;
    private @Nullable SortedSetDocValuesReaderState facetState;

    /** Per dimension, value to number of matching stories, largest first; empty maps when nothing matched. */
    Map<String, Map<String, Integer>> count(IndexSearcher searcher, FacetsCollector collected, long total)
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
}
