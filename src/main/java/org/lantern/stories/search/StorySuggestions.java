package org.lantern.stories.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Suggestions while typing: titles containing the words typed so far (the last one as a prefix),
 * then words from the stories that complete the last word.
 */
final class StorySuggestions {

    private static final int MAX_SUGGEST_CHARACTERS = 200;
    private static final int MAX_SUGGEST_WORDS = 6;

    private StorySuggestions() {
    }

    static List<StorySuggestion> suggest(IndexSearcher searcher, StoryQueries queries, String typed, int max) throws IOException {
        List<String> all = queries.tokens(typed == null ? "" : typed.substring(Math.max(0, typed.length() - MAX_SUGGEST_CHARACTERS)));
        if (all.isEmpty()) {
            return List.of();
        }
        // only the last few words typed count: suggestions stay quick whatever is pasted in
        List<String> words = all.subList(Math.max(0, all.size() - MAX_SUGGEST_WORDS), all.size());
        boolean lastComplete = Character.isWhitespace(typed.charAt(typed.length() - 1));
        String last = words.getLast();
        Set<StorySuggestion> result = new LinkedHashSet<>();
        BooleanQuery.Builder titles = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            titles.add(new TermQuery(new Term(StoryFields.TITLE_WORDS, words.get(i))), BooleanClause.Occur.MUST);
        }
        titles.add(lastComplete ? new TermQuery(new Term(StoryFields.TITLE_WORDS, last))
                : new PrefixQuery(new Term(StoryFields.TITLE_WORDS, last)), BooleanClause.Occur.MUST);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(titles.build(), max).scoreDocs) {
            Document doc = stored.document(sd.doc);
            result.add(new StorySuggestion(doc.get(StoryFields.TITLE), doc.get(StoryFields.SLUG)));
        }
        if (!lastComplete && last.length() >= 2) {
            String before = String.join(" ", words.subList(0, words.size() - 1));
            for (String completion : completions(searcher.getIndexReader(), last, 3)) {
                result.add(new StorySuggestion((before.isEmpty() ? "" : before + " ") + completion, null));
            }
        }
        return result.stream().limit(max).toList();
    }

    /** The commonest words of live stories that complete a prefix (never a word only removed stories held). */
    private static List<String> completions(IndexReader reader, String prefix, int max) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, StoryFields.WORDS);
        if (terms == null) {
            return List.of();
        }
        TermsEnum iterator = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        record Candidate(String word, int docFreq) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int scanned = 0;
        do {
            String word = iterator.term().utf8ToString();
            if (!word.startsWith(prefix)) {
                break;
            }
            if (word.length() > prefix.length() && word.chars().allMatch(Character::isLetter)) {
                candidates.add(new Candidate(word, iterator.docFreq()));
            }
        } while (++scanned < 500 && iterator.next() != null);
        List<String> result = new ArrayList<>();
        for (Candidate candidate : candidates.stream().sorted(Comparator.comparingInt(Candidate::docFreq).reversed()).toList()) {
            if (result.size() == max) {
                break;
            }
            if (!reader.hasDeletions() || LiveTerms.inLiveStory(reader, new Term(StoryFields.WORDS, candidate.word()))) {
                result.add(candidate.word());
            }
        }
        return result;
    }
}
