package org.lantern.stories.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How story text becomes search terms.
 *
 * <p>Index time: standard tokenizer, possessives removed, lower case, accents folded, Porter
 * stemming (so "supporting", "supported" and "supports" all match "support"). No stop words are
 * removed, so phrases in quotes match exactly.
 *
 * <p>Query time: the same chain with the domain synonyms ({@code content/search/synonyms.txt},
 * Solr format) applied by a {@link SynonymGraphFilter} before stemming. Synonyms are query-time
 * only, so editing the file takes effect on "Reload content" without rebuilding the index, and
 * multi-word synonyms ("direct payment" = "personal budget") match as phrases.
 *
 * <p>A third, "plain" chain (lower case, no stemming) feeds spelling corrections and
 * search-as-you-type suggestions, which must offer real words rather than stems.
 */
public final class StoryAnalysis {

    /** Gap between the values of a multi-valued field, so phrases never span title and body. */
    static final int VALUE_GAP = 100;

    private final Analyzer index;
    private final Analyzer query;
    private final Analyzer plain;
    private final Analyzer stemmed;
    private final int synonymGroups;
    private final RelatedTerms related;
    /** Every synonym entry of two or more words, as its lower-case words joined by one space. */
    private final Set<String> synonymPhrases;

    private StoryAnalysis(@Nullable SynonymMap synonyms, int synonymGroups, String solrSynonyms, String relatedText) {
        Analyzer stemmed = new Chain(false, null);
        this.stemmed = stemmed;
        this.plain = new Chain(true, null);
        this.index = new PerFieldAnalyzerWrapper(stemmed, Map.of(StoryFields.WORDS, plain, StoryFields.TITLE_WORDS, plain,
                StoryFields.ALL_PAIRS, new Pairs()));
        this.query = synonyms == null ? stemmed : new Chain(false, synonyms);
        this.synonymGroups = synonymGroups;
        this.related = relatedText.isBlank() ? RelatedTerms.NONE : RelatedTerms.parse(relatedText, stemmed);
        this.synonymPhrases = synonyms == null ? Set.of() : phrases(solrSynonyms, plain);
    }

    /** The entries of two or more words in Solr synonym text ({@code a, b c} and {@code a => b c} lines). */
    private static Set<String> phrases(String solrSynonyms, Analyzer plain) {
        Set<String> phrases = new HashSet<>();
        solrSynonyms.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .flatMap(l -> Arrays.stream(l.split("=>|,")))
                .map(entry -> String.join(" ", RelatedTerms.words(plain, entry)))
                .filter(words -> words.indexOf(' ') > 0)
                .forEach(phrases::add);
        return Set.copyOf(phrases);
    }

    /** Analysis without synonyms. */
    public static StoryAnalysis withoutSynonyms() {
        return new StoryAnalysis(null, 0, "", "");
    }

    /**
     * Analysis with synonyms in Solr format (one group of equivalent terms per line, {@code #} comments).
     *
     * @throws IllegalArgumentException with the line of the first problem
     */
    public static StoryAnalysis withSynonyms(String solrSynonyms) {
        return withSynonyms(solrSynonyms, "");
    }

    /**
     * Analysis with synonyms (as {@link #withSynonyms(String)}) and related ideas: one group a line of
     * words or phrases separated by commas, each of which also finds the others, ranked lower.
     *
     * @throws IllegalArgumentException with the line of the first problem, in either text
     */
    public static StoryAnalysis withSynonyms(String solrSynonyms, String related) {
        try (Analyzer parsing = new Chain(true, null)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, parsing);
            parser.parse(new StringReader(solrSynonyms));
            int groups = (int) solrSynonyms.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
            return new StoryAnalysis(parser.build(), groups, solrSynonyms, related);
        } catch (ParseException e) {
            throw new IllegalArgumentException("line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Per-field analyzer for writing documents. */
    public Analyzer index() {
        return index;
    }

    /** Analyzer for parsing what people type, with synonyms. */
    public Analyzer query() {
        return query;
    }

    /** Lower-case words without stemming. */
    public Analyzer plain() {
        return plain;
    }

    /** The index's stemmed chain without synonyms: what one word becomes in the index. */
    Analyzer stemmed() {
        return stemmed;
    }

    public int synonymGroups() {
        return synonymGroups;
    }

    /** Whether lower-case words joined by one space are one synonym of two or more words ("service user"). */
    boolean isSynonymPhrase(String plainWords) {
        return synonymPhrases.contains(plainWords);
    }

    /** Related ideas (none unless given). */
    RelatedTerms related() {
        return related;
    }

    public int relatedGroups() {
        return related.groups();
    }

    /** The stemmed chain, then each two neighbouring words as one term ("safeti plan"), without single words. */
    private static final class Pairs extends Analyzer {
        private final Chain stemmed = new Chain(false, null);

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            TokenStreamComponents words = stemmed.createComponents(fieldName);
            ShingleFilter pairs = new ShingleFilter(words.getTokenStream(), 2, 2);
            pairs.setOutputUnigrams(false);
            return new TokenStreamComponents(words.getSource(), pairs);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return VALUE_GAP;
        }
    }

    private static final class Chain extends Analyzer {
        private final boolean plain;
        private final SynonymMap synonyms;

        Chain(boolean plain, SynonymMap synonyms) {
            this.plain = plain;
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            if (!plain) {
                stream = new PorterStemFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return VALUE_GAP;
        }
    }
}
