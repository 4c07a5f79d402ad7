package org.lantern.stories.search;

import lombok.RequiredArgsConstructor;

import org.apache.lucene.index.IndexReader;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Query building: what people type, parsed with the classic query syntax (or taken as plain words
 * when it cannot be parsed), checked against {@link StoryQueryLimits}, with phrases rewritten to the
 * word-pair field. Bound to one {@link StoryAnalysis}, so a search uses one set of synonyms throughout.
 */
@RequiredArgsConstructor
final class StoryQueries {

    private static final float TITLE_BOOST = 3f;

    private final StoryAnalysis analysis;
    private final ParsedQueries parsed;

    StoryAnalysis analysis() {
        return analysis;
    }

    /** A parsed search: the matching query and, when it was typed as words, those words. */
    record Parsed(Query match, @Nullable NaturalQuery words, List<BooleanClause> rest) {

        /** The same search needing at least {@code minimum} of the words (for "the closest stories"). */
        Parsed withMinimum(int minimum) {
            return words == null ? this : natural(words, rest, minimum);
        }

        static Parsed natural(NaturalQuery words, List<BooleanClause> rest, int minimum) {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            rest.forEach(query::add);
            words.addTo(query, minimum);
            return new Parsed(withWordPairs(query.build()), words, rest);
        }
    }

    /** Operators, brackets, fields, wildcards, /regular expressions/, fuzzy or boosts: the classic syntax, every word required. */
    private static final Pattern SYNTAX = Pattern.compile("\\b(AND|OR|NOT)\\b|&&|\\|\\||[()\\[\\]{}:~^*/\\\\]|\\?(?=\\S)|(^|\\s)\\+\\S");
    /** A quoted phrase (its closing quote may be missing at the end), or a word; either may start with "-". */
    private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)(\"|$)|(-?)(\\S+)");

    /**
     * The matching query. Words typed as words are ranked over all of them ({@link NaturalQuery}): a
     * story needs only some, "quoted phrases" must be there exactly, and {@code -word} excludes. Text with
     * the classic syntax (OR, brackets, word*, field:) is parsed with it, every word required as before.
     */
    Parsed parse(String text, IndexReader reader) throws IOException {
        Parsed known = parsed.get(analysis, reader, text);
        if (known == null) {
            known = parseWords(text, reader);
            parsed.put(analysis, reader, text, known);
        }
        return known;
    }

    private Parsed parseWords(String text, IndexReader reader) throws IOException {
        if (SYNTAX.matcher(text).find()) {
            return new Parsed(parse(text), null, List.of());
        }
        List<BooleanClause> rest = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        Matcher part = PART.matcher(text);
        while (part.find()) {
            boolean phrase = part.group(2) != null;
            boolean not = !(phrase ? part.group(1) : part.group(4)).isEmpty();
            String content = phrase ? part.group(2) : part.group(5);
            if (!phrase && !not) {
                words.append(' ').append(content);
                continue;
            }
            Query q = parseOrPlain(StoryFields.ALL, phrase ? "\"" + QueryParser.escape(content) + "\"" : QueryParser.escape(content),
                    QueryParser.Operator.AND);
            if (q == null) {
                continue;
            }
            rest.add(new BooleanClause(q, not ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.MUST));
        }
        NaturalQuery natural = NaturalQuery.of(analysis, reader, plainWords(words.toString()));
        if (!natural.hasWords()) {
            // phrases and exclusions only, or nothing but little words: the classic way
            return new Parsed(parse(text), null, List.of());
        }
        return Parsed.natural(natural, rest, NaturalQuery.minimumFor(natural.deciding().size()));
    }

    /** The classic query: all of it must match in title, summary or body; title matches score higher. */
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
        return RelatedTerms.words(analysis.plain(), text);
    }
}
