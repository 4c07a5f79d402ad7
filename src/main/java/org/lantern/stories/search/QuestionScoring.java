package org.lantern.stories.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.List;

/**
 * How the ideas of a question ({@link NaturalQuery.Word}) add to a story's score besides BM25: covering
 * more of the question's ideas counts more than repeating one word. Each idea a story has earns a
 * constant bonus (less through a related idea only, less for a word most stories have), and so does
 * each idea in its title.
 */
final class QuestionScoring {

    /** What each idea of the question a story has adds to its score. */
    static final float WORD_BONUS = 1f;
    /** Share of {@link #WORD_BONUS} that a story with only a related idea of a word earns. */
    static final float RELATED_BONUS = 0.6f;
    /** Share of a bonus that a word in most stories earns (when the question has rarer words too). */
    static final float COMMON_BONUS = 0.5f;
    /** What a word of the question in the title adds to a story's score. */
    static final float TITLE_BONUS = 2f;

    private QuestionScoring() {
    }

    /**
     * The title bonus: each word of the question in the title earns the same bonus, less for a word that
     * most stories have. A constant rather than the word's BM25 score in the title field, where a word
     * rare in titles but common in stories ("family") would outweigh every idea of the question in the body.
     */
    static @Nullable Query title(QueryBuilder builder, List<NaturalQuery.Word> words) {
        BooleanQuery.Builder title = new BooleanQuery.Builder();
        for (NaturalQuery.Word w : words) {
            // a phrase counts in the title as a phrase: "says no" does not rank a title with "no" in it
            Query inTitle = w.typed().indexOf(' ') < 0 ? builder.createBooleanQuery(StoryFields.TITLE, w.typed())
                    : builder.createPhraseQuery(StoryFields.TITLE, w.typed());
            if (inTitle != null) {
                title.add(new BoostQuery(new ConstantScoreQuery(inTitle), w.common() ? COMMON_BONUS * TITLE_BONUS : TITLE_BONUS),
                        BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery built = title.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /**
     * How many stories have a word at most: for one word (or its synonyms) the most of its terms; for a
     * phrase the fewest stories of any of its word pairs, since a phrase is as rare as its rarest pair
     * ("says no" is not common because "no" is).
     */
    static long docFreq(IndexReader reader, Query exact) throws IOException {
        if (exact instanceof PhraseQuery phrase && phrase.getTerms().length >= 2) {
            Term[] terms = phrase.getTerms();
            long df = Long.MAX_VALUE;
            for (int i = 0; i + 1 < terms.length; i++) {
                df = Math.min(df, reader.docFreq(new Term(StoryFields.ALL_PAIRS, terms[i].text() + " " + terms[i + 1].text())));
            }
            return df;
        }
        long df = 0;
        for (Term t : LiveTerms.terms(exact)) {
            df = Math.max(df, reader.docFreq(t));
        }
        return df;
    }

    /** The related ideas of a word, without the word itself; null when it has none. */
    static @Nullable Query related(BooleanQuery.Builder word) {
        List<BooleanClause> clauses = word.build().clauses();
        if (clauses.size() < 2) {
            return null;
        }
        BooleanQuery.Builder related = new BooleanQuery.Builder();
        clauses.subList(1, clauses.size()).forEach(c -> related.add(((BoostQuery) c.query()).getQuery(), BooleanClause.Occur.SHOULD));
        return related.build();
    }

    /**
     * The bonus for having an idea of the question: the word itself (or a synonym) earns it whole, a
     * related idea only ({@link #RELATED_BONUS}) part of it, and a word in most stories ({@link #COMMON_BONUS})
     * says less about what a story is about, so it earns less.
     */
    static Query coverage(NaturalQuery.Word w) {
        float whole = w.common() ? COMMON_BONUS * WORD_BONUS : WORD_BONUS;
        Query exact = new BoostQuery(new ConstantScoreQuery(w.exact()), whole);
        if (w.related() == null) {
            return exact;
        }
        Query related = new BoostQuery(new ConstantScoreQuery(w.related()), whole * RELATED_BONUS);
        return new DisjunctionMaxQuery(List.of(exact, related), 0f);
    }
}
