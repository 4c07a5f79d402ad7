package org.lantern.stories.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;

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
}
