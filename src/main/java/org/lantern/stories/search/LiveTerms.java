package org.lantern.stories.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.jspecify.annotations.Nullable;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a word belongs to a live story. A removed (withdrawn) story's words stay in the term
 * dictionary, with their counts in {@code docFreq}, until its segment is merged away, so spelling
 * corrections and completions check every candidate here before offering it.
 */
final class LiveTerms {

    private LiveTerms() {
    }

    /** Whether a story that is still in the index (not deleted) holds this term. */
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

    /** Whether a live story has any term of this query; for a phrase, whether a live story has the phrase. */
    static boolean inLiveStory(IndexReader reader, Query query) throws IOException {
        // a word is known when any of its terms is in a live story; a phrase when a live story has it
        boolean[] phrase = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
                phrase[0] |= q instanceof PhraseQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (phrase[0]) {
            return new IndexSearcher(reader).count(StoryQueries.withWordPairs(query)) > 0;
        }
        for (Term term : terms(query)) {
            if (inLiveStory(reader, term)) {
                return true;
            }
        }
        return false;
    }

    /** Every term a query names, however deep. */
    static List<Term> terms(@Nullable Query query) {
        List<Term> terms = new ArrayList<>();
        if (query != null) {
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query q, Term... found) {
                    terms.addAll(List.of(found));
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this;
                }
            });
        }
        return terms;
    }

}
