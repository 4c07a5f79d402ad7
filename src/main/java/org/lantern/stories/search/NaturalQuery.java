package org.lantern.stories.search;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What people type as words, ranked the way people mean it: every word counts but none is required
 * (a story needs {@link #minimumFor some share} of the words the library knows), rarer words count for
 * more (BM25), each idea of the question a story has adds a bonus, and so does each in its title
 * ({@link QuestionScoring}), words next to each other in the story count extra, and related ideas
 * ({@link RelatedTerms}) count a little. Little words ("the", "and", "to") neither find nor hide a
 * story, and a word in more than a quarter of the stories ranks the stories found without finding them. Quoted phrases and {@code -words} are handled by {@link StoryQueries} around this.
 */
final class NaturalQuery {

    static final float RELATED_BOOST = 0.4f;
    static final float NEIGHBOUR_BOOST = 1.5f;
    /** With three or more words the library knows, a story must have at least this share of them. */
    static final double SHARE = 0.5;
    /** A word in more than this share of the stories ranks the stories found but does not find them. */
    static final double COMMON = 0.25;
    /** Below this many stories a share says little, and no word is common. */
    static final int COMMON_FROM = 20;

    private static final Set<String> LITTLE_WORDS = littleWords();

    /** One word (or a phrase that is one idea, such as a multi-word synonym) of what was typed. */
    record Word(String typed, Query query, Query exact, @Nullable Query related, Query inBody, @Nullable Query exactInBody,
                boolean known, boolean common) {
    }

    private final List<Word> words;
    private final List<String> unknown;
    private final @Nullable Query title;
    private final @Nullable Query neighbours;

    private NaturalQuery(List<Word> words, List<String> unknown, @Nullable Query title, @Nullable Query neighbours) {
        this.words = words;
        this.unknown = unknown;
        this.title = title;
        this.neighbours = neighbours;
    }

    /** The words of a text (no quotes or operators left in it), looked up in the index's live stories. */
    static NaturalQuery of(StoryAnalysis analysis, IndexReader reader, String text) throws IOException {
        List<String> typed = RelatedTerms.words(analysis.plain(), text);
        QueryBuilder builder = new QueryBuilder(analysis.query());
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        List<Word> words = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        for (String word : typed) {
            stems.add(String.join(" ", RelatedTerms.words(analysis.stemmed(), word)));
        }
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            if (used.contains(i) || LITTLE_WORDS.contains(typed.get(i))) {
                continue;
            }
            // the longest run of typed words starting here that is one synonym or related idea
            int end = i + 1;
            for (int j = Math.min(typed.size(), i + Math.max(2, analysis.related().longest())); j > i + 1; j--) {
                String run = String.join(" ", stems.subList(i, j));
                String plain = String.join(" ", typed.subList(i, j));
                if (!analysis.related().of(run).isEmpty() || analysis.isSynonymPhrase(plain)) {
                    end = j;
                    break;
                }
            }
            for (int k = i; k < end; k++) {
                used.add(k);
            }
            String plain = String.join(" ", typed.subList(i, end));
            Query exact = end - i == 1 ? builder.createBooleanQuery(StoryFields.ALL, plain)
                    : builder.createPhraseQuery(StoryFields.ALL, plain);
            if (exact == null) {
                continue;
            }
            BooleanQuery.Builder word = new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD);
            BooleanQuery.Builder inBody = new BooleanQuery.Builder();
            Query exactInBody = end - i == 1 ? builder.createBooleanQuery(StoryFields.BODY, plain)
                    : builder.createPhraseQuery(StoryFields.BODY, plain);
            if (exactInBody != null) {
                inBody.add(exactInBody, BooleanClause.Occur.SHOULD);
            }
            boolean known = LiveTerms.inLiveStory(reader, exact);
            for (List<String> other : analysis.related().of(String.join(" ", stems.subList(i, end)))) {
                Query related = stemmedPhrase(StoryFields.ALL, other);
                word.add(new BoostQuery(related, RELATED_BOOST), BooleanClause.Occur.SHOULD);
                inBody.add(stemmedPhrase(StoryFields.BODY, other), BooleanClause.Occur.SHOULD);
                known = known || LiveTerms.inLiveStory(reader, related);
            }
            words.add(new Word(plain, word.build(), exact, QuestionScoring.related(word), inBody.build(), exactInBody, known,
                    reader.numDocs() >= COMMON_FROM && QuestionScoring.docFreq(reader, exact) > COMMON * reader.numDocs()));
            if (!known) {
                unknown.add(plain);
            }
        }
        if (words.stream().filter(Word::known).allMatch(Word::common)) {
            // common only beside rarer words: when every word is in most stories, each decides and counts whole
            words = words.stream().map(w -> new Word(w.typed(), w.query(), w.exact(), w.related(), w.inBody(), w.exactInBody(),
                    w.known(), false)).toList();
        }
        return new NaturalQuery(words, unknown, QuestionScoring.title(builder, words), neighbours(typed, stems));
    }

    /** Each two neighbouring typed words (not both little words) as one word-pair term. */
    private static @Nullable Query neighbours(List<String> typed, List<String> stems) {
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        int count = 0;
        for (int i = 0; i + 1 < typed.size(); i++) {
            if ((LITTLE_WORDS.contains(typed.get(i)) && LITTLE_WORDS.contains(typed.get(i + 1)))
                    || stems.get(i).isEmpty() || stems.get(i + 1).isEmpty()) {
                continue;
            }
            pairs.add(new TermQuery(new Term(StoryFields.ALL_PAIRS, stems.get(i) + " " + stems.get(i + 1))), BooleanClause.Occur.SHOULD);
            count++;
        }
        return count == 0 ? null : new BoostQuery(pairs.build(), NEIGHBOUR_BOOST);
    }

    private static Query stemmedPhrase(String field, List<String> stems) {
        if (stems.size() == 1) {
            return new TermQuery(new Term(field, stems.getFirst()));
        }
        return new PhraseQuery(field, stems.toArray(String[]::new));
    }

    /** How many of {@code n} known words a story must have. */
    static int minimumFor(int n) {
        return n <= 2 ? 1 : (int) Math.ceil(n * SHARE);
    }

    List<Word> known() {
        return words.stream().filter(Word::known).toList();
    }

    /** The single typed words of the known words. */
    Set<String> knownWords() {
        Set<String> result = new HashSet<>();
        known().forEach(w -> result.addAll(List.of(w.typed().split(" "))));
        return result;
    }

    /**
     * The known words that decide which stories are found: all but those in more than {@link #COMMON}
     * of the stories (which only rank them), unless every word is that common.
     */
    List<Word> deciding() {
        List<Word> rare = known().stream().filter(w -> !w.common()).toList();
        return rare.isEmpty() ? known() : rare;
    }

    /** Words no live story has, nor anything related to them. */
    List<String> unknown() {
        return unknown;
    }

    /**
     * Adds the words to a query: at least {@code minimum} of the known words must match (when there
     * are none, nothing matches), and the title and neighbour boosts score.
     */
    void addTo(BooleanQuery.Builder query, int minimum) {
        List<Word> known = known();
        if (known.isEmpty()) {
            query.add(new MatchNoDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            List<Word> deciding = deciding();
            BooleanQuery.Builder some = new BooleanQuery.Builder().setMinimumNumberShouldMatch(Math.min(minimum, deciding.size()));
            deciding.forEach(w -> some.add(w.query(), BooleanClause.Occur.SHOULD));
            query.add(some.build(), BooleanClause.Occur.MUST);
            // words in most stories rank the stories found but do not find them
            known.stream().filter(w -> !deciding.contains(w)).forEach(w -> query.add(w.query(), BooleanClause.Occur.SHOULD));
            // each word a story has adds the same bonus, so a story with more of the ideas asked about
            // rises above one that has a single word many times or in its title
            known.forEach(w -> query.add(QuestionScoring.coverage(w), BooleanClause.Occur.SHOULD));
        }
        if (title != null) {
            query.add(title, BooleanClause.Occur.SHOULD);
        }
        if (neighbours != null) {
            query.add(neighbours, BooleanClause.Occur.SHOULD);
        }
    }

    /** The known words themselves (with their synonyms) in the body, for marking them in snippets. */
    Query highlight() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        known().forEach(w -> {
            if (w.exactInBody() != null) {
                any.add(w.exactInBody(), BooleanClause.Occur.SHOULD);
            }
        });
        return any.build();
    }

    /**
     * The known words and their related ideas in the body: for a story found only through a related
     * idea, which has none of the words themselves to mark (marking related phrases costs more).
     */
    Query highlightRelated() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        known().forEach(w -> any.add(w.inBody(), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Whether anything was typed besides little words. */
    boolean hasWords() {
        return !words.isEmpty();
    }

    /** Every known word at once (related ideas count): what "a story with all of your words" means. */
    @Nullable Query allOf() {
        List<Word> known = known();
        if (known.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        known.forEach(w -> all.add(w.query(), BooleanClause.Occur.FILTER));
        return all.build();
    }

    /**
     * A shorter search that the first story found answers with all of its words: the typed words that
     * story has, in the order typed. Null when it has them all or none.
     */
    @Nullable String shorter(IndexSearcher searcher, int doc) throws IOException {
        List<String> kept = new ArrayList<>();
        List<Word> known = known();
        for (Word w : known) {
            if (StorySearch.matches(searcher, w.query(), doc)) {
                kept.add(w.typed());
            }
        }
        return kept.isEmpty() || kept.size() == known.size() ? null : String.join(" ", kept);
    }

    /** Little words: they neither find nor hide a story (Lucene's English stop words, and a few question words). */
    private static Set<String> littleWords() {
        Set<String> words = new LinkedHashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        words.addAll(List.of("i", "me", "my", "we", "our", "you", "your", "he", "him", "his", "she", "her", "them",
                "what", "who", "how", "why", "when", "where", "which", "do", "does", "did", "about", "from", "has", "have",
                "had", "can", "could", "would", "should", "been", "being", "were", "am", "so", "up", "out", "after", "before"));
        return Set.copyOf(words);
    }
}
