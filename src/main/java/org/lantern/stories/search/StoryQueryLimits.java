package org.lantern.stories.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * What a story search may ask of the index, so that no search can take long or fail: the
 * documented syntax (words, "phrases", OR, -word, word*) in a few dozen words. Anything else is
 * refused with {@link StorySearchTooComplex}, before the index is touched. These are safety limits
 * only; how matches are ranked is not decided here.
 */
final class StoryQueryLimits {

    static final int MAX_CHARACTERS = 500;
    static final int MAX_WORDS = 40;
    static final int MAX_NESTING = 10;
    /** Wildcards in one word, not counting question marks at its end (a question, or a single letter). */
    static final int MAX_WILDCARDS_PER_WORD = 2;
    static final int MAX_PATTERN_WORDS = 6;
    static final int MAX_FUZZY_WORDS = 3;
    static final int MAX_FUZZY_LENGTH = 20;
    static final int MAX_SLOP = 20;
    static final int MAX_PARTS = 200;

    private StoryQueryLimits() {
    }

    /** Checks the text as typed, before it is parsed (the parser itself recurses on brackets). */
    static void checkText(String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new StorySearchTooComplex("longer than " + MAX_CHARACTERS + " characters");
        }
        String[] words = text.strip().split("\\s+");
        if (words.length > MAX_WORDS) {
            throw new StorySearchTooComplex("more than " + MAX_WORDS + " words");
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                if (++depth > MAX_NESTING) {
                    throw new StorySearchTooComplex("brackets nested deeper than " + MAX_NESTING);
                }
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        for (String word : words) {
            String pattern = word.replaceAll("\\?+$", "");
            long wildcards = pattern.chars().filter(c -> c == '*' || c == '?').count();
            if (wildcards > MAX_WILDCARDS_PER_WORD) {
                throw new StorySearchTooComplex("a word with " + wildcards + " wildcards");
            }
        }
    }

    /** Checks a parsed query: only the documented kinds of query, on the field searched. */
    static void checkQuery(Query query, String field) {
        Counts counts = new Counts();
        walk(query, field, counts);
    }

    private static final class Counts {
        int parts;
        int patterns;
        int fuzzy;
    }

    private static void walk(Query query, String field, Counts counts) {
        if (++counts.parts > MAX_PARTS) {
            throw new StorySearchTooComplex("more than " + MAX_PARTS + " parts");
        }
        switch (query) {
            case BooleanQuery bool -> {
                for (BooleanClause clause : bool.clauses()) {
                    walk(clause.query(), field, counts);
                }
            }
            case BoostQuery boost -> walk(boost.getQuery(), field, counts);
            case ConstantScoreQuery constant -> walk(constant.getQuery(), field, counts);
            case DisjunctionMaxQuery max -> max.getDisjuncts().forEach(q -> walk(q, field, counts));
            case TermQuery term -> sameField(term.getTerm(), field);
            case SynonymQuery synonyms -> sameField(synonyms.getField(), field);
            case PhraseQuery phrase -> {
                sameField(phrase.getField(), field);
                if (phrase.getSlop() > MAX_SLOP) {
                    throw new StorySearchTooComplex("a phrase with a slop over " + MAX_SLOP);
                }
            }
            case MultiPhraseQuery phrase -> {
                for (Term[] terms : phrase.getTermArrays()) {
                    for (Term term : terms) {
                        sameField(term, field);
                    }
                }
                if (phrase.getSlop() > MAX_SLOP) {
                    throw new StorySearchTooComplex("a phrase with a slop over " + MAX_SLOP);
                }
            }
            case FuzzyQuery fuzzy -> {
                sameField(fuzzy.getTerm(), field);
                if (fuzzy.getTerm().text().length() > MAX_FUZZY_LENGTH) {
                    throw new StorySearchTooComplex("fuzzy matching of a word longer than " + MAX_FUZZY_LENGTH);
                }
                if (++counts.fuzzy > MAX_FUZZY_WORDS) {
                    throw new StorySearchTooComplex("more than " + MAX_FUZZY_WORDS + " fuzzy words");
                }
            }
            case PrefixQuery prefix -> pattern(prefix.getPrefix(), field, counts);
            case WildcardQuery wildcard -> pattern(wildcard.getTerm(), field, counts);
            case MatchAllDocsQuery all -> {
                // "*" on its own: everything
            }
            case MatchNoDocsQuery none -> {
                // e.g. only stop words
            }
            // regular expressions, ranges and anything else the classic syntax can express
            default -> throw new StorySearchTooComplex("a " + query.getClass().getSimpleName());
        }
    }

    private static void pattern(Term term, String field, Counts counts) {
        sameField(term, field);
        if (++counts.patterns > MAX_PATTERN_WORDS) {
            throw new StorySearchTooComplex("more than " + MAX_PATTERN_WORDS + " words with wildcards");
        }
    }

    private static void sameField(Term term, String field) {
        sameField(term.field(), field);
    }

    private static void sameField(String used, String field) {
        if (!used.equals(field)) {
            throw new StorySearchTooComplex("a search in the field '" + used + "'");
        }
    }
}
