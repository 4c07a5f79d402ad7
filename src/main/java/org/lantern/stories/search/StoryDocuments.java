package org.lantern.stories.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The one mapper between stories and Lucene documents: {@link #toDocument} and {@link #fromDocument}. */
final class StoryDocuments {

    /** Body: stored for snippets, with offsets in the postings so highlighting needs no re-analysis. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    /** Word pairs: which stories have them and how often; no positions (phrases of pairs are checked on "all"). */
    private static final FieldType PAIRS_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        PAIRS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        PAIRS_TYPE.freeze();
    }

    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(StoryFields.THEME, true);
    }

    private StoryDocuments() {
    }

    static Term idTerm(long id) {
        return new Term(StoryFields.ID, Long.toString(id));
    }

    static Document toDocument(IndexedStory story) {
        Document doc = new Document();
        doc.add(new StringField(StoryFields.ID, Long.toString(story.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(StoryFields.ID_VALUE, story.id()));
        doc.add(new StringField(StoryFields.SLUG, story.slug(), Field.Store.YES));
        doc.add(new TextField(StoryFields.TITLE, story.title(), Field.Store.YES));
        doc.add(new TextField(StoryFields.SUMMARY, story.summary(), Field.Store.YES));
        doc.add(new Field(StoryFields.BODY, story.body(), BODY_TYPE));
        doc.add(new TextField(StoryFields.ALL, story.title(), Field.Store.NO));
        doc.add(new TextField(StoryFields.ALL, story.summary(), Field.Store.NO));
        doc.add(new TextField(StoryFields.ALL, story.body(), Field.Store.NO));
        doc.add(new Field(StoryFields.ALL_PAIRS, story.title(), PAIRS_TYPE));
        doc.add(new Field(StoryFields.ALL_PAIRS, story.summary(), PAIRS_TYPE));
        doc.add(new Field(StoryFields.ALL_PAIRS, story.body(), PAIRS_TYPE));
        doc.add(new TextField(StoryFields.WORDS, story.title() + "\n" + story.summary() + "\n" + story.body(), Field.Store.NO));
        doc.add(new TextField(StoryFields.TITLE_WORDS, story.title(), Field.Store.NO));
        for (String theme : story.themes()) {
            doc.add(new StringField(StoryFields.THEME, theme, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(StoryFields.THEME, theme));
        }
        doc.add(new StringField(StoryFields.SETTING, story.setting(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(StoryFields.SETTING, story.setting()));
        doc.add(new StringField(StoryFields.ROLE, story.role(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(StoryFields.ROLE, story.role()));
        long day = story.published().toEpochDay();
        doc.add(new NumericDocValuesField(StoryFields.PUBLISHED, day));
        doc.add(new StoredField(StoryFields.PUBLISHED, day));
        doc.add(new NumericDocValuesField(StoryFields.CHANGED, story.changed()));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hit from a stored document; the snippet and score come from the search. */
    static StoryHit fromDocument(Document doc, String snippetHtml, float score) {
        List<String> themes = Arrays.stream(doc.getValues(StoryFields.THEME)).toList();
        return new StoryHit(Long.parseLong(doc.get(StoryFields.ID)), doc.get(StoryFields.SLUG), doc.get(StoryFields.TITLE),
                doc.get(StoryFields.SUMMARY), snippetHtml, themes, doc.get(StoryFields.SETTING), doc.get(StoryFields.ROLE),
                LocalDate.ofEpochDay(doc.getField(StoryFields.PUBLISHED).numericValue().longValue()), score);
    }
}
