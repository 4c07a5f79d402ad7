package org.lantern.stories.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Query building: what people type, parsed with the classic query syntax (or taken as plain words
 * when it cannot be parsed), checked against {@link StoryQueryLimits}, with phrases rewritten to the
 * word-pair field. Bound to one {@link StoryAnalysis}, so a search uses one set of synonyms throughout.
 */
final class StoryQueries {

    private static final float TITLE_BOOST = 3f;

    private final StoryAnalysis analysis;

    StoryQueries(StoryAnalysis analysis) {
        this.analysis = analysis;
    }

    StoryAnalysis analysis() {
        return analysis;
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
    @Nullable Query highlightQuery(String text) {
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

    /** The unstemmed words of a text, as the spelling and completion fields hold them. */
    List<String> tokens(String text) throws IOException {
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
}
