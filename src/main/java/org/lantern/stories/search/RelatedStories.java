package org.lantern.stories.search;

import org.lantern.base.export.HtmlEscaper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Stories like this one: more-like-this on title, summary and body, most similar first. */
final class RelatedStories {

    private RelatedStories() {
    }

    /** Empty when the story is not in the index. */
    static List<StoryHit> related(IndexSearcher searcher, Analyzer analyzer, String slug, int max) throws IOException {
        TopDocs self = searcher.search(new TermQuery(new Term(StoryFields.SLUG, slug)), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        int docId = self.scoreDocs[0].doc;
        StoredFields stored = searcher.storedFields();
        String id = stored.document(docId).get(StoryFields.ID);
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
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
            result.add(StoryDocuments.fromDocument(doc, HtmlEscaper.escape(doc.get(StoryFields.SUMMARY)), sd.score));
        }
        return result;
    }
}
